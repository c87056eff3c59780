package mando.archtests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import mando.adapters.gcp.violation.GcpUsingInMemoryStorage;
import mando.adapters.inmemory.violation.InMemoryCallingBootstrap;
import mando.adapters.inmemory.violation.PublicAdapterHelper;
import mando.application.violation.ApplicationCallingDiscordApi;
import mando.application.violation.ApplicationSideOfCycle;
import mando.application.violation.ApplicationVerifyingSignatures;
import mando.domain.violation.DomainParsingJson;
import mando.domain.violation.DomainSideOfCycle;
import mando.domain.violation.InjectedDomainService;
import org.junit.jupiter.api.Test;

/**
 * Proves each rule of {@link ArchitectureTest} can fail: the production classes plus one small fixture that breaks
 * the rule (under {@code src/test/java/mando/<layer>/violation}) must be rejected, naming the fixture.
 */
final class ArchitectureRulesCatchViolationsTest {
    private static final ImportOption PRODUCTION = new ImportOption.DoNotIncludeTests();

    @Test
    void domainRule_domainUsesJackson_fails() {
        assertRejects(ArchitectureTest.domain_depends_on_the_jdk_only, DomainParsingJson.class);
    }

    @Test
    void applicationRule_applicationUsesBouncyCastle_fails() {
        assertRejects(ArchitectureTest.application_depends_on_domain_jdk_and_jackson_core_only,
                ApplicationVerifyingSignatures.class);
    }

    @Test
    void adaptersRule_gcpUsesInMemoryAdapter_fails() {
        assertRejects(ArchitectureTest.adapters_do_not_depend_on_each_other, GcpUsingInMemoryStorage.class);
    }

    @Test
    void layersRule_adapterUsesBootstrap_fails() {
        assertRejects(ArchitectureTest.layers_are_used_only_from_the_outside_in, InMemoryCallingBootstrap.class);
    }

    @Test
    void layersRule_applicationUsesAdapter_fails() {
        assertRejects(ArchitectureTest.layers_are_used_only_from_the_outside_in,
                ApplicationCallingDiscordApi.class);
    }

    @Test
    void cyclesRule_domainAndApplicationUseEachOther_fails() {
        assertRejects(ArchitectureTest.packages_are_free_of_cycles, DomainSideOfCycle.class,
                ApplicationSideOfCycle.class);
    }

    @Test
    void visibilityRule_publicAdapterClass_fails() {
        assertRejects(ArchitectureTest.adapter_classes_are_package_private_except_their_wiring,
                PublicAdapterHelper.class);
    }

    @Test
    void injectionRule_domainClassWithInject_fails() {
        assertRejects(ArchitectureTest.domain_and_application_use_no_dependency_injection,
                InjectedDomainService.class);
    }

    /** Checks the rule on the production classes plus the fixtures; it must throw and name the first fixture. */
    private static void assertRejects(ArchRule rule, Class<?>... fixtures) {
        List<String> files = Stream.of(fixtures).map(c -> "/" + c.getName().replace('.', '/') + ".class").toList();
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(location -> PRODUCTION.includes(location) || files.stream().anyMatch(location::contains))
                .importPackages("mando");
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(classes));
        assertTrue(error.getMessage().contains(fixtures[0].getName()), error.getMessage());
    }
}
