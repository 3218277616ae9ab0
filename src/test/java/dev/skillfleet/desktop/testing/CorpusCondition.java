package dev.skillfleet.desktop.testing;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaConstructorReference;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the skill corpus cannot be had (a GitHub runner: {@code ../shared} is not in the repository) and the run says
 * so with {@code -Dskillfleet.corpus.optional=true}, the tests that would read it are skipped before they start,
 * each with the reason, instead of failing in their setup. Any other run is untouched: with the corpus present, or
 * without the flag, every test runs (and a missing corpus fails loudly, as {@link Corpus} always did).
 *
 * <p>Which tests read it is found from the compiled test classes (with ArchUnit, already a test dependency): a test
 * needs the corpus when its method, or its class's setup (constructors, static initializers, {@code @BeforeEach},
 * {@code @BeforeAll}, TestFX's {@code @Start}...), reaches a call of {@link Corpus} through test code: fixtures,
 * helpers, lambdas, and the static initializer of every test class it touches. Skipping before the setup runs matters:
 * a setup that fails half-way leaves its teardown to fail on what was never made.
 *
 * <p>Registered for JUnit's extension auto-detection (META-INF/services), which is off unless the run turns it on:
 * {@code -Djunit.jupiter.extensions.autodetection.enabled=true}.
 */
public final class CorpusCondition implements ExecutionCondition {

    private static final Set<String> SETUP_ANNOTATIONS = Set.of(
            "org.junit.jupiter.api.BeforeEach", "org.junit.jupiter.api.BeforeAll",
            "org.junit.jupiter.api.AfterEach", "org.junit.jupiter.api.AfterAll",
            "org.testfx.framework.junit5.Start", "org.testfx.framework.junit5.Init",
            "org.testfx.framework.junit5.Stop");

    /** The compiled test classes, read once, and only in a run that skips (a normal run never pays for it). */
    private static JavaClasses testClasses;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Corpus.optional() || Corpus.available()) {
            return ConditionEvaluationResult.enabled("the skill corpus is present, or required");
        }
        Optional<Class<?>> testClass = context.getTestClass();
        if (testClass.isEmpty()) {
            return ConditionEvaluationResult.enabled("not a test class");
        }
        return needsCorpus(testClass.get(), context.getTestMethod())
                ? ConditionEvaluationResult.disabled("needs the skill corpus, which is not at " + Corpus.location()
                        + " (-Dskillfleet.corpus.optional=true)")
                : ConditionEvaluationResult.enabled("does not read the skill corpus");
    }

    /** Whether the class's setup (no method given) or the test method reaches the corpus. */
    static boolean needsCorpus(Class<?> testClass, Optional<Method> method) {
        JavaClass type = classes().get(testClass);
        List<JavaCodeUnit> start = new ArrayList<>();
        if (method.isPresent()) {
            type.tryGetMethod(method.get().getName(), method.get().getParameterTypes()).ifPresent(start::add);
        } else {
            start.addAll(setup(type));
        }
        return reachesCorpus(start);
    }

    private static synchronized JavaClasses classes() {
        if (testClasses == null) {
            try {
                Path location = Path.of(Corpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                testClasses = new ClassFileImporter().importPath(location);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("Cannot find the compiled test classes", e);
            }
        }
        return testClasses;
    }

    /** What runs before (and around) every test of the class, its superclasses' included. */
    private static List<JavaCodeUnit> setup(JavaClass type) {
        List<JavaCodeUnit> setup = new ArrayList<>();
        List<JavaClass> hierarchy = new ArrayList<>(List.of(type));
        hierarchy.addAll(type.getAllRawSuperclasses());
        for (JavaClass c : hierarchy) {
            setup.addAll(c.getConstructors());
            c.getStaticInitializer().ifPresent(setup::add);
            c.getMethods().stream()
                    .filter(m -> SETUP_ANNOTATIONS.stream().anyMatch(m::isAnnotatedWith))
                    .forEach(setup::add);
        }
        return setup;
    }

    /** Follows every call, reference and field access through test code until it finds Corpus or runs out. */
    private static boolean reachesCorpus(List<JavaCodeUnit> start) {
        JavaClasses all = classes();
        Deque<JavaCodeUnit> todo = new ArrayDeque<>(start);
        Set<JavaCodeUnit> seen = new HashSet<>(start);
        Set<String> initialized = new HashSet<>();
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            List<JavaCodeUnit> next = new ArrayList<>();
            addClass(unit.getOwner(), initialized, next, false);
            for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
                AccessTarget target = access.getTarget();
                JavaClass owner = target.getOwner();
                if (owner.getName().equals(Corpus.class.getName())) {
                    return true;
                }
                if (!all.contain(owner.getName())) {
                    continue; // main code and libraries never reach a test class's Corpus
                }
                boolean constructs = access instanceof JavaConstructorCall || access instanceof JavaConstructorReference;
                addClass(all.get(owner.getName()), initialized, next, constructs);
                if (target instanceof AccessTarget.CodeUnitAccessTarget code) {
                    code.resolveMember().ifPresent(next::add);
                }
            }
            for (JavaCodeUnit candidate : next) {
                if (seen.add(candidate)) {
                    todo.push(candidate);
                }
            }
        }
        return false;
    }

    /**
     * Touching a class runs its static initializer; making one (an anonymous or inner class most often) may run any
     * of its methods later, through an interface this analysis cannot follow: all of them are counted.
     */
    private static void addClass(JavaClass type, Set<String> initialized, List<JavaCodeUnit> next, boolean constructed) {
        if (initialized.add(type.getName())) {
            type.getStaticInitializer().ifPresent(next::add);
        }
        if (constructed && initialized.add(type.getName() + "#instances")) {
            next.addAll(type.getCodeUnits());
        }
    }
}
