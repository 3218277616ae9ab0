package dev.skillfleet.desktop.core.skill;

/** ERROR fails strict validation (the spec's reference validator); WARNING is Skill Fleet advice and never blocks saving. */
public enum Severity {
    ERROR,
    WARNING
}
