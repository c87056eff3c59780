package mando.archtests;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dagger.Module;
import dagger.internal.DaggerGenerated;
import java.util.List;
import mando.adapters.gcp.DiscordCommandRegistrar;
import mando.adapters.inmemory.InMemoryQueues;
import mando.adapters.inmemory.MemoryImageStore;
import mando.adapters.inmemory.RecordingDiscord;

/** The architecture rules, checked against the production classes of every module, Dagger's output included. */
@AnalyzeClasses(packages = "mando", importOptions = ImportOption.DoNotIncludeTests.class)
final class ArchitectureTest {
    private static final String DOMAIN = "mando.domain..";
    private static final String APPLICATION = "mando.application..";
    private static final String ADAPTERS = "mando.adapters..";
    private static final String BOOTSTRAP = "mando.bootstrap..";
    /** The part of the JDK the domain and the use cases may use (java.awt and java.util.zip are under java..). */
    private static final String[] JDK = {"java..", "javax.imageio.."};
    private static final String[] DI = {"dagger..", "jakarta.inject..", "javax.inject.."};

    @ArchTest
    static final ArchRule domain_depends_on_the_jdk_only = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(JDK, DOMAIN))
            .because("the domain must stay plain Java: no JSON, DI, cloud or crypto library")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule application_depends_on_domain_jdk_and_jackson_core_only = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(concat(JDK, DOMAIN, APPLICATION, "com.fasterxml.jackson.core.."))
            .because("use cases run unchanged on Cloud Functions, in one process and in tests; "
                    + "jackson-core is there for the queue message codec")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices().matching("mando.adapters.(*)..")
            .should().notDependOnEachOther()
            .because("swapping one transport or store must touch one adapter module and nothing else")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule layers_are_used_only_from_the_outside_in = layeredArchitecture()
            .consideringAllDependencies()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("Adapters").definedBy(ADAPTERS)
            .layer("Bootstrap").definedBy(BOOTSTRAP)
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
            .ensureAllClassesAreContainedInArchitecture()
            .because("bootstrap is the only place that chooses adapters; the core never knows which ones run")
            .allowEmptyShould(false);

    /** Every package is a slice of its own, so this catches cycles inside a module as well as between layers. */
    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices().matching("mando.(**)")
            .should().beFreeOfCycles()
            .because("a cycle glues packages together so that neither can change or be tested alone")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule adapter_classes_are_package_private_except_their_wiring = classes()
            .that().resideInAPackage(ADAPTERS)
            .and().areNotAnnotatedWith(Module.class)
            .and().areNotRecords()
            .and().areNotAnnotatedWith(DaggerGenerated.class)
            .and().doNotBelongToAnyOf(InMemoryQueues.class, MemoryImageStore.class, RecordingDiscord.class,
                    DiscordCommandRegistrar.class)
            .should().notBePublic()
            .because("bootstrap reaches an adapter through its public Dagger module and configuration records; "
                    + "the in-memory queues are public so bootstrap can subscribe the use cases, the "
                    + "memory image store and recording Discord are test doubles for other modules' tests, and "
                    + "the command registrar is called directly by the one-shot register CLI, no port involved")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule domain_and_application_use_no_dependency_injection = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(DI)
            .because("wiring lives in bootstrap and the adapters; unit tests build the core by hand")
            .allowEmptyShould(false);

    @ArchTest
    static void the_import_sees_every_package_and_dagger_output_but_no_tests(JavaClasses classes) {
        for (String pkg : List.of("mando.domain", "mando.domain.port", "mando.domain.mandala", "mando.application",
                "mando.adapters.inmemory", "mando.adapters.gcp", "mando.bootstrap", "mando.bootstrap.discord",
                "mando.bootstrap.local")) {
            assertTrue(classes.that(resideInAPackage(pkg)).size() > 0, "no classes imported from " + pkg);
        }
        assertTrue(classes.contain("mando.bootstrap.DaggerLocalComponent"), "Dagger component missing");
        assertTrue(classes.contain("mando.adapters.inmemory.FileImageStore_Factory"), "Dagger factory missing");
        assertFalse(classes.contain("mando.domain.violation.DomainParsingJson"), "test fixtures imported");
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
