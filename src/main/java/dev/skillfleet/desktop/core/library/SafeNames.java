package dev.skillfleet.desktop.core.library;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the folder names an import writes: the category's segments and the skill's name. They come from the user
 * or from inside an archive, so they are checked like any untrusted path: a segment is one plain folder name.
 */
final class SafeNames {

    /** Most file systems refuse longer names; checking here gives a clear message instead of an I/O error. */
    static final int MAX_SEGMENT_LENGTH = 255;

    private SafeNames() {
    }

    /** Why {@code segment} cannot be a folder name in the library, or null when it can. */
    static String problem(String segment) {
        if (segment.isEmpty()) {
            return "is empty";
        }
        if (segment.equals(".") || segment.equals("..")) {
            return "is \"" + segment + "\", which is not a folder name";
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\') {
                return "contains \"" + c + "\"; a name is one folder, not a path";
            }
            if (c == ':') {
                return "contains \":\" (a drive letter or a Windows stream name)";
            }
            if (c < 0x20 || c == 0x7f) {
                return "contains a control character";
            }
        }
        if (segment.startsWith(".") || segment.startsWith("_")) {
            // The library scan skips such folders (system folders like _drafts, hidden folders like .git).
            return "starts with \"" + segment.charAt(0) + "\", so the library would never show it";
        }
        if (!segment.equals(segment.strip())) {
            return "starts or ends with a space";
        }
        if (segment.length() > MAX_SEGMENT_LENGTH) {
            return "is longer than " + MAX_SEGMENT_LENGTH + " characters";
        }
        return null;
    }

    /**
     * The problems of a category such as "python" or "web/frontend" ("" is the library's top level), each naming
     * the offending segment.
     */
    static List<String> categoryProblems(String category) {
        List<String> problems = new ArrayList<>();
        if (category.isEmpty()) {
            return problems;
        }
        if (category.startsWith("/") || category.startsWith("\\")
                || (category.length() >= 2 && Character.isLetter(category.charAt(0)) && category.charAt(1) == ':')) {
            problems.add("the category \"" + category + "\" is an absolute path; give a folder inside the library");
            return problems;
        }
        for (String segment : category.split("/", -1)) {
            String problem = problem(segment);
            if (problem != null) {
                problems.add("the category \"" + category + "\" is not usable: \"" + segment + "\" " + problem);
            }
        }
        return problems;
    }
}
