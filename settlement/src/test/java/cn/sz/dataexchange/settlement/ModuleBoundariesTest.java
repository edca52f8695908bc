package cn.sz.dataexchange.settlement;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Settlement stays plain Java: no framework, no other module, and its domain packages know nothing of HTTP or JSON. */
class ModuleBoundariesTest {

    static final JavaClasses SETTLEMENT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.sz.dataexchange.settlement");

    @Test
    void settlement_depends_on_no_framework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..",
                "java.sql..").check(SETTLEMENT);
    }

    @Test
    void settlement_depends_on_no_other_module() {
        noClasses().should().dependOnClassesThat(resideInAPackage("cn.sz.dataexchange..")
                .and(resideOutsideOfPackage("cn.sz.dataexchange.settlement.."))).check(SETTLEMENT);
    }

    @Test
    void the_domain_packages_know_nothing_of_the_gateway_http_or_json() {
        noClasses().that().resideInAnyPackage("..settlement.money..", "..settlement.ledger..", "..settlement.penalty..",
                        "..settlement.pricing..")
                .should().dependOnClassesThat().resideInAnyPackage("..settlement.gateway..", "tools.jackson..",
                        "com.sun.net.httpserver..", "java.net.http..")
                .check(SETTLEMENT);
    }

    @Test
    void the_domain_packages_do_not_depend_on_each_other_except_on_money() {
        noClasses().that().resideInAnyPackage("..settlement.penalty..", "..settlement.pricing..", "..settlement.money..")
                .should().dependOnClassesThat().resideInAnyPackage("..settlement.ledger..")
                .check(SETTLEMENT);
    }
}
