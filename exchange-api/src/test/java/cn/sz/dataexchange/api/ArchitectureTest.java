package cn.sz.dataexchange.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inwards: the libraries know nothing of the service or of Spring Web and R2DBC. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.sz.dataexchange");
    }

    @Test
    void the_libraries_never_depend_on_the_service() {
        noClasses().that().resideInAnyPackage("cn.sz.dataexchange.validator..", "cn.sz.dataexchange.contracts..",
                        "cn.sz.dataexchange.settlement..")
                .should().dependOnClassesThat().resideInAPackage("cn.sz.dataexchange.api..")
                .check(classes);
    }

    @Test
    void the_libraries_are_free_of_spring_r2dbc_and_reactor() {
        noClasses().that().resideInAnyPackage("cn.sz.dataexchange.validator..", "cn.sz.dataexchange.contracts..",
                        "cn.sz.dataexchange.settlement..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.r2dbc..", "reactor..")
                .check(classes);
    }

    @Test
    void the_service_domain_models_are_free_of_frameworks() {
        noClasses().that().resideInAnyPackage("..model..", "cn.sz.dataexchange.api.shared..")
                .and().resideInAPackage("cn.sz.dataexchange.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.r2dbc..", "reactor..")
                .check(classes);
    }
}
