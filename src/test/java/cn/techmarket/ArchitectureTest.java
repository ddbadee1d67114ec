package cn.techmarket;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The feature packages depend one way (docs/architecture.md). Each rule names packages that exist. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.techmarket");

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("cn.techmarket.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void common_depends_on_no_feature() {
        noClasses().that().resideInAPackage("cn.techmarket.common..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.techmarket.web..", "cn.techmarket.org..",
                        "cn.techmarket.audit..", "cn.techmarket.reference..", "cn.techmarket.home..")
                .check(CLASSES);
    }

    @Test
    void the_web_layer_knows_no_feature() {
        noClasses().that().resideInAPackage("cn.techmarket.web..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.techmarket.org..", "cn.techmarket.audit..",
                        "cn.techmarket.reference..", "cn.techmarket.home..")
                .check(CLASSES);
    }

    @Test
    void reference_data_and_the_audit_trail_know_no_business_feature() {
        noClasses().that().resideInAnyPackage("cn.techmarket.reference..", "cn.techmarket.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.techmarket.org..", "cn.techmarket.home..")
                .check(CLASSES);
    }

    @Test
    void only_the_search_feature_talks_to_elasticsearch() {
        noClasses().that().resideOutsideOfPackage("cn.techmarket.search..")
                .should().dependOnClassesThat().resideInAPackage("co.elastic.clients..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void listings_know_nothing_of_engagement_and_the_inbox_knows_no_cause() {
        noClasses().that().resideInAnyPackage("cn.techmarket.listing..", "cn.techmarket.search..", "cn.techmarket.matching..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.techmarket.interest..",
                        "cn.techmarket.subscription..", "cn.techmarket.inbox..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("cn.techmarket.inbox..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.techmarket.interest..", "cn.techmarket.subscription..")
                .check(CLASSES);
    }

    @Test
    void contracts_know_nothing_of_the_statistics_that_observe_them() {
        noClasses().that().resideInAPackage("cn.techmarket.contract..")
                .should().dependOnClassesThat().resideInAPackage("cn.techmarket.stats..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
