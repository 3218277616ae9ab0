package dev.skillfleet.desktop;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The architecture's rules, as tests: a toolkit-free core shared by the window and the command line. */
class ArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.skillfleet.desktop");
    }

    @Test
    void coreHasNoJavaFx() {
        noClasses().that().resideInAPackage("..desktop.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "atlantafx..")
                .because("core is shared by the window and the headless command line")
                .check(app);
    }

    @Test
    void coreDoesNotKnowTheUiOrTheCommandLine() {
        noClasses().that().resideInAPackage("..desktop.core..")
                .should().dependOnClassesThat().resideInAnyPackage("..desktop.ui..", "..desktop.cli..")
                .check(app);
    }

    @Test
    void theCommandLineNeverTouchesTheToolkit() {
        noClasses().that().resideInAPackage("..desktop.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "..desktop.ui..")
                .because("headless commands must never start JavaFX")
                .check(app);
    }

    @Test
    void viewModelsNeverTouchControls() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "atlantafx..")
                .because("a ViewModel holds state as properties; only its View builds nodes")
                .check(app);
    }

    @Test
    void noWebView() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx.scene.web..").check(app);
    }
}
