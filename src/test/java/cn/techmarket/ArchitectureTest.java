package cn.techmarket;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages depend one way (docs/architecture.md). Rules name features by pattern (every package under
 * cn.techmarket that is not a shared layer), so a new package is covered without editing this test; the last test
 * shows that each rule fails on a deliberate violation (classes in src/test/java/cn/techmarket/archfixture and a few
 * fixtures placed inside the packages a rule guards).
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.techmarket");
    private static final String[] ELASTICSEARCH = {"co.elastic.clients..", "org.elasticsearch.."};

    static final ArchRule NO_CYCLES = slices().matching("cn.techmarket.(*)..").should().beFreeOfCycles();
    static final ArchRule COMMON_KNOWS_NO_FEATURE = layerUses("common");
    static final ArchRule WEB_KNOWS_NO_FEATURE = layerUses("web", "common");
    static final ArchRule ENGINES_KNOW_NO_FEATURE = classes().that().resideInAnyPackage("cn.techmarket.importing..",
                    "cn.techmarket.queue..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("cn.techmarket..")
                    .or(resideInAnyPackage("cn.techmarket.importing..", "cn.techmarket.queue..", "cn.techmarket.common..",
                            "cn.techmarket.web..")));
    static final ArchRule REFERENCE_AND_AUDIT_KNOW_NO_BUSINESS_FEATURE = classes().that()
            .resideInAnyPackage("cn.techmarket.reference..", "cn.techmarket.audit..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("cn.techmarket..")
                    .or(resideInAnyPackage("cn.techmarket.reference..", "cn.techmarket.audit..", "cn.techmarket.common..",
                            "cn.techmarket.web..")));
    /**
     * Catching the client's exception is talking to Elasticsearch too: ArchUnit's dependencies do not include the
     * types of catch clauses, so they are checked separately.
     */
    static final ArchRule ONLY_SEARCH_TALKS_TO_ELASTICSEARCH = noClasses().that().resideOutsideOfPackage("cn.techmarket.search..")
            .should().dependOnClassesThat().resideInAnyPackage(ELASTICSEARCH)
            .orShould(catchAnyOf(ELASTICSEARCH))
            .allowEmptyShould(true);
    static final ArchRule LISTINGS_KNOW_NOTHING_OF_ENGAGEMENT = noClasses().that()
            .resideInAnyPackage("cn.techmarket.listing..", "cn.techmarket.search..", "cn.techmarket.matching..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.techmarket.interest..", "cn.techmarket.subscription..",
                    "cn.techmarket.inbox..");
    static final ArchRule THE_INBOX_KNOWS_NO_CAUSE = noClasses().that().resideInAPackage("cn.techmarket.inbox..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.techmarket.interest..", "cn.techmarket.subscription..");

    /** A shared layer uses only itself, the layers named, and libraries: no feature, whatever features there are. */
    private static ArchRule layerUses(String layer, String... below) {
        String[] allowed = new String[below.length + 1];
        allowed[0] = "cn.techmarket." + layer + "..";
        for (int i = 0; i < below.length; i++) {
            allowed[i + 1] = "cn.techmarket." + below[i] + "..";
        }
        return classes().that().resideInAPackage("cn.techmarket." + layer + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("cn.techmarket..").or(resideInAnyPackage(allowed)));
    }

    private static ArchCondition<JavaClass> catchAnyOf(String... packages) {
        DescribedPredicate<JavaClass> banned = resideInAnyPackage(packages);
        return new ArchCondition<>("catch exceptions of " + String.join(", ", packages)) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getCodeUnits().forEach(unit -> unit.getTryCatchBlocks().forEach(block ->
                        block.getCaughtThrowables().stream().filter(banned).forEach(caught -> events.add(
                                // "satisfied": the rule is noClasses(), which turns a class that does catch into the violation
                                SimpleConditionEvent.satisfied(item, unit.getFullName() + " catches " + caught.getName())))));
            }
        };
    }

    @Test
    void feature_packages_have_no_cycles() {
        NO_CYCLES.check(CLASSES);
    }

    @Test
    void common_depends_on_no_feature() {
        COMMON_KNOWS_NO_FEATURE.check(CLASSES);
    }

    @Test
    void the_web_layer_knows_no_feature() {
        WEB_KNOWS_NO_FEATURE.check(CLASSES);
    }

    @Test
    void the_import_engine_and_the_work_queue_know_no_feature() {
        ENGINES_KNOW_NO_FEATURE.check(CLASSES);
    }

    @Test
    void reference_data_and_the_audit_trail_know_no_business_feature() {
        REFERENCE_AND_AUDIT_KNOW_NO_BUSINESS_FEATURE.check(CLASSES);
    }

    @Test
    void only_the_search_feature_talks_to_elasticsearch() {
        ONLY_SEARCH_TALKS_TO_ELASTICSEARCH.check(CLASSES);
    }

    @Test
    void listings_know_nothing_of_engagement_and_the_inbox_knows_no_cause() {
        LISTINGS_KNOW_NOTHING_OF_ENGAGEMENT.check(CLASSES);
        THE_INBOX_KNOWS_NO_CAUSE.check(CLASSES);
    }

    /**
     * How each rule was shown to fail: a fixture class breaking it, imported on its own with what it touches. A rule
     * that passed here would be one that cannot fail.
     */
    @Test
    void each_rule_fails_on_a_deliberate_violation() {
        Map<ArchRule, Class<?>[]> violations = Map.of(
                NO_CYCLES, new Class<?>[]{cn.techmarket.archfixture.CycleA.class, cn.techmarket.archfixtureb.CycleB.class},
                COMMON_KNOWS_NO_FEATURE, new Class<?>[]{cn.techmarket.common.ArchFixtureUsingAFeature.class},
                WEB_KNOWS_NO_FEATURE, new Class<?>[]{cn.techmarket.web.ArchFixtureUsingAFeature.class},
                ENGINES_KNOW_NO_FEATURE, new Class<?>[]{cn.techmarket.queue.ArchFixtureUsingAFeature.class},
                REFERENCE_AND_AUDIT_KNOW_NO_BUSINESS_FEATURE, new Class<?>[]{cn.techmarket.audit.ArchFixtureUsingAFeature.class},
                ONLY_SEARCH_TALKS_TO_ELASTICSEARCH, new Class<?>[]{cn.techmarket.archfixture.CatchesElasticsearch.class},
                LISTINGS_KNOW_NOTHING_OF_ENGAGEMENT, new Class<?>[]{cn.techmarket.listing.ArchFixtureUsingInterest.class},
                THE_INBOX_KNOWS_NO_CAUSE, new Class<?>[]{cn.techmarket.inbox.ArchFixtureUsingInterest.class});
        violations.forEach((rule, fixture) -> assertThat(rule.evaluate(new ClassFileImporter().importClasses(fixture))
                .hasViolation()).as(rule.getDescription()).isTrue());
    }

    @Test
    void contracts_know_nothing_of_the_statistics_that_observe_them() {
        noClasses().that().resideInAPackage("cn.techmarket.contract..")
                .should().dependOnClassesThat().resideInAPackage("cn.techmarket.stats..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
