package dev.skillfleet.desktop.core.refine;

/**
 * Where the value sits in a {@code key: value} line, so a fix can replace just the value and keep what the user put
 * around it (spacing after the colon, a {@code # comment}).
 */
final class InlineValue {

    private InlineValue() {
    }

    /**
     * The value's start and end in the line when it is a one-line scalar (plain, "double" or 'single' quoted) after
     * a plain {@code key:}; null when the line holds anything else (a block header, a flow collection, an anchor or
     * tag, nothing, or a key written differently).
     */
    static int[] span(String line, String key) {
        int start = valueStart(line, key);
        if (start < 0 || start >= line.length()) {
            return null;
        }
        char first = line.charAt(start);
        if ("|>[{&*!#".indexOf(first) >= 0) {
            return null;
        }
        if (first == '"') {
            for (int i = start + 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    return new int[] {start, i + 1};
                }
            }
            return null;
        }
        if (first == '\'') {
            for (int i = start + 1; i < line.length(); i++) {
                if (line.charAt(i) == '\'') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        return new int[] {start, i + 1};
                    }
                }
            }
            return null;
        }
        int end = line.indexOf(" #", start);
        end = end < 0 ? line.length() : end;
        while (end > start && line.charAt(end - 1) == ' ') {
            end--;
        }
        return new int[] {start, end};
    }

    /** The block style ("|" or ">") after {@code key:} ({@code |-}, {@code >+}…), or null when it is no block. */
    static String blockHeader(String line, String key) {
        int start = valueStart(line, key);
        if (start < 0 || start >= line.length()) {
            return null;
        }
        String rest = line.substring(start).strip();
        return rest.matches("[|>][-+1-9]{0,2}(\\s+#.*)?") ? rest.substring(0, 1) : null;
    }

    /** Index of the first character after {@code key:} and its spaces; -1 when the line does not start so. */
    private static int valueStart(String line, String key) {
        if (!line.startsWith(key + ":")) {
            return -1;
        }
        int i = key.length() + 1;
        if (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
            return -1;
        }
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
