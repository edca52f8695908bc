package cn.sz.dataexchange.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module stays plain Java: no framework, and the model knows nothing of JSON or JOSE. */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.sz.dataexchange.contracts");

    @Test
    void no_class_depends_on_spring_reactor_r2dbc_or_another_module() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..",
                "io.r2dbc..", "cn.sz.dataexchange.api..", "cn.sz.dataexchange.settlement..",
                "cn.sz.dataexchange.validator..").check(CLASSES);
    }

    @Test
    void the_model_depends_only_on_the_jdk_and_the_digest_type() {
        classes().that().resideInAPackage("..contracts.model..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "..contracts.model..", "..contracts.json..").check(CLASSES);
    }

    @Test
    void only_the_signing_and_receipt_packages_touch_jose() {
        noClasses().that().resideOutsideOfPackages("..contracts.signing..", "..contracts.receipt..")
                .should().dependOnClassesThat().resideInAPackage("com.nimbusds..").check(CLASSES);
    }
}
