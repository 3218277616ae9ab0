package dev.skillfleet.desktop.ui.library;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** New skill, Import and Export: the library-wide actions at the left of the library's bar. */
final class LibraryActionsBar extends HBox {

    LibraryActionsBar(LibraryCommands commands) {
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        Button newSkill = new Button("New skill\u2026");
        newSkill.setId("new-skill");
        newSkill.getStyleClass().add(Styles.ACCENT);
        newSkill.setTooltip(new Tooltip("Start a skill from a template, as a draft (Ctrl+N)"));
        newSkill.setOnAction(e -> commands.newSkill());

        MenuItem fromFile = new MenuItem("A .skill or .zip file\u2026");
        fromFile.setOnAction(e -> commands.importFile());
        MenuItem fromFolder = new MenuItem("A skill folder\u2026");
        fromFolder.setOnAction(e -> commands.importFolder());
        MenuButton importMenu = new MenuButton("Import", null, fromFile, fromFolder);
        importMenu.setId("import-menu");

        MenuItem exportXml = new MenuItem("Export <available_skills> XML\u2026");
        exportXml.setId("export-xml");
        exportXml.setOnAction(e -> commands.exportXml());
        MenuItem copyXml = new MenuItem("Copy <available_skills> XML");
        copyXml.setId("copy-xml");
        copyXml.setOnAction(e -> commands.copyXml());
        MenuButton exportMenu = new MenuButton("Export", null, exportXml, copyXml);
        exportMenu.setId("export-menu");
        exportMenu.setTooltip(new Tooltip("The catalogue agents are given, for every library shown"));

        getChildren().addAll(newSkill, importMenu, exportMenu);
    }
}
