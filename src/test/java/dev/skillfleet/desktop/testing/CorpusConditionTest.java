package dev.skillfleet.desktop.testing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Which tests the release workflow skips when the corpus is missing: found from the compiled test code. */
class CorpusConditionTest {

    // The shapes of test classes the analysis must see through (not run: nested classes are not test classes here).

    static class ReadsItInSetup {
        Path library;

        @BeforeEach
        void setUp() {
            library = Corpus.mixedLibrary(Path.of("unused"));
        }

        @Test
        void anything() {
        }
    }

    static class OneMethodReadsItThroughAHelperAndALambda {
        @Test
        void readsIt() {
            helper().get();
        }

        @Test
        void doesNot() {
            assertThat(1 + 1).isEqualTo(2);
        }

        private static Supplier<Path> helper() {
            return () -> Corpus.source().resolve("anthropic-skills");
        }
    }

    static class Fixture {
        static final Path SHARED = Corpus.source();

        static String text() {
            return "---\nname: x\n---\n";
        }
    }

    static class UsesAFixtureWhoseStaticFieldReadsIt {
        @Test
        void onlyTheText() {
            assertThat(Fixture.text()).isNotEmpty();
        }
    }

    static class AnAnonymousClassReadsIt {
        @Test
        void later() {
            Runnable later = new Runnable() {
                @Override
                public void run() {
                    Corpus.source();
                }
            };
            assertThat(later).isNotNull();
        }
    }

    private static Optional<Method> method(Class<?> type, String name) throws NoSuchMethodException {
        return Optional.of(type.getDeclaredMethod(name));
    }

    @Test
    void aSetupThatReadsTheCorpusSkipsTheWholeClass() {
        assertThat(CorpusCondition.needsCorpus(ReadsItInSetup.class, Optional.empty())).isTrue();
    }

    @Test
    void onlyTheMethodThatReadsItIsSkipped() throws Exception {
        Class<?> type = OneMethodReadsItThroughAHelperAndALambda.class;
        assertThat(CorpusCondition.needsCorpus(type, Optional.empty())).isFalse();
        assertThat(CorpusCondition.needsCorpus(type, method(type, "readsIt"))).isTrue();
        assertThat(CorpusCondition.needsCorpus(type, method(type, "doesNot"))).isFalse();
    }

    @Test
    void touchingAClassRunsItsStaticInitializer() throws Exception {
        Class<?> type = UsesAFixtureWhoseStaticFieldReadsIt.class;
        assertThat(CorpusCondition.needsCorpus(type, method(type, "onlyTheText"))).isTrue();
    }

    @Test
    void makingAnAnonymousClassCountsItsMethods() throws Exception {
        Class<?> type = AnAnonymousClassReadsIt.class;
        assertThat(CorpusCondition.needsCorpus(type, method(type, "later"))).isTrue();
    }

    @Test
    void thisTestItselfNeedsNoCorpus() throws Exception {
        assertThat(CorpusCondition.needsCorpus(CorpusConditionTest.class, Optional.empty())).isFalse();
        assertThat(CorpusCondition.needsCorpus(CorpusConditionTest.class,
                method(CorpusConditionTest.class, "thisTestItselfNeedsNoCorpus"))).isFalse();
    }
}
