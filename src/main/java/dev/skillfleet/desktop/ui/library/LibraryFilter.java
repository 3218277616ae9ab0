package dev.skillfleet.desktop.ui.library;

/**
 * Which skills the tree and the search results show.
 *
 * @param invalidOnly only skills failing validation (invalid or broken)
 * @param drafts      only drafts; drafts are never shown without this
 * @param category    only this category and the ones below it; null or "" for all
 */
public record LibraryFilter(boolean invalidOnly, boolean drafts, String category) {

    public static final LibraryFilter NONE = new LibraryFilter(false, false, null);

    public LibraryFilter {
        category = category == null || category.isBlank() ? null : category;
    }

    public boolean test(LibrarySkill skill) {
        if (skill.draft() != drafts) {
            return false;
        }
        if (invalidOnly && !skill.validity().failing()) {
            return false;
        }
        return category == null || skill.category().equals(category) || skill.category().startsWith(category + "/");
    }
}
