package dev.skillfleet.desktop.core.skill;

/** The parts of a skill that search looks at, strongest first. */
enum SearchField {
    NAME("name", "matches", 10),
    CATEGORY("category", "matches", 6),
    DESCRIPTION("description", "mentions", 3),
    BODY("body", "mentions", 1);

    final String label;
    final String verb;
    final double weight;

    SearchField(String label, String verb, double weight) {
        this.label = label;
        this.verb = verb;
        this.weight = weight;
    }

    /** Only the body counts repetitions: a long body naming a tool often is about it, a name says it once. */
    double frequencyFactor(int count) {
        return this == BODY ? Math.min(1 + Math.log(count), 4) : 1;
    }

    /** Typo and prefix matching would drown a body's thousands of words in noise, so only short fields get it. */
    boolean expandable() {
        return this != BODY;
    }
}
