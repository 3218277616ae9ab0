package dev.skillfleet.desktop.core.profiles;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The user's profiles and which one is active, as an immutable value. The built-in offline profile is always
 * first and is not stored; ids and names are unique (names case-insensitively, since people type them).
 */
public final class ProfileBook {

    public static final ProfileBook EMPTY = new ProfileBook(List.of(), EndpointProfile.OFFLINE_ID);

    private final List<EndpointProfile> custom;
    private final String activeId;

    private ProfileBook(List<EndpointProfile> custom, String activeId) {
        this.custom = List.copyOf(custom);
        this.activeId = activeId;
    }

    /**
     * The profiles as stored. An active id that names no profile (deleted elsewhere) falls back to offline; duplicate
     * ids or names are refused, since then {@code --profile NAME} would be ambiguous.
     */
    public static ProfileBook of(Collection<EndpointProfile> custom, String activeId) {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        ids.add(EndpointProfile.OFFLINE_ID);
        names.add(key(EndpointProfile.OFFLINE.displayName()));
        for (EndpointProfile profile : custom) {
            if (!ids.add(profile.id())) {
                throw new IllegalArgumentException("Two profiles have the id \"" + profile.id() + "\".");
            }
            if (!names.add(key(profile.displayName()))) {
                throw new IllegalArgumentException("Two profiles are named \"" + profile.displayName() + "\".");
            }
        }
        String active = activeId != null && ids.contains(activeId) ? activeId : EndpointProfile.OFFLINE_ID;
        return new ProfileBook(new ArrayList<>(custom), active);
    }

    /** Every profile, the built-in offline one first, then the user's in the order they were added. */
    public List<EndpointProfile> all() {
        return Stream.concat(Stream.of(EndpointProfile.OFFLINE), custom.stream()).toList();
    }

    /** The user's own profiles, as stored (without the built-in one). */
    public List<EndpointProfile> custom() {
        return custom;
    }

    public String activeId() {
        return activeId;
    }

    public EndpointProfile active() {
        return byId(activeId).orElse(EndpointProfile.OFFLINE);
    }

    public Optional<EndpointProfile> byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile with this id or this name, ignoring case: what {@code chat --profile NAME} accepts. */
    public Optional<EndpointProfile> find(String nameOrId) {
        String wanted = key(nameOrId);
        return all().stream().filter(p -> key(p.id()).equals(wanted)).findFirst()
                .or(() -> all().stream().filter(p -> key(p.displayName()).equals(wanted)).findFirst());
    }

    /** Adds a profile; its id and its name must be new. */
    public ProfileBook withAdded(EndpointProfile profile) {
        if (byId(profile.id()).isPresent()) {
            throw new IllegalArgumentException("A profile with the id \"" + profile.id() + "\" already exists.");
        }
        requireNameFree(profile);
        List<EndpointProfile> next = new ArrayList<>(custom);
        next.add(profile);
        return new ProfileBook(next, activeId);
    }

    /** Replaces the profile with the same id, keeping its place in the list. */
    public ProfileBook withReplaced(EndpointProfile profile) {
        requireCustom(profile.id());
        requireNameFree(profile);
        List<EndpointProfile> next = new ArrayList<>(custom);
        next.replaceAll(p -> p.id().equals(profile.id()) ? profile : p);
        return new ProfileBook(next, activeId);
    }

    /** Removes a profile; if it was active, the offline profile becomes active. */
    public ProfileBook without(String id) {
        requireCustom(id);
        List<EndpointProfile> next = new ArrayList<>(custom);
        next.removeIf(p -> p.id().equals(id));
        return new ProfileBook(next, activeId.equals(id) ? EndpointProfile.OFFLINE_ID : activeId);
    }

    public ProfileBook withActive(String id) {
        if (byId(id).isEmpty()) {
            throw new IllegalArgumentException("There is no profile with the id \"" + id + "\".");
        }
        return new ProfileBook(custom, id);
    }

    /** An id for a new profile called {@code displayName}: its name in lowercase ASCII with dashes, made unique. */
    public String newId(String displayName) {
        String base = Normalizer.normalize(displayName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.isEmpty() ? "profile" : base.substring(0, Math.min(base.length(), 50)).replaceAll("-+$", "");
        String id = base;
        for (int n = 2; byId(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private void requireCustom(String id) {
        if (EndpointProfile.OFFLINE_ID.equals(id)) {
            throw new IllegalArgumentException("The built-in offline profile cannot be changed or deleted.");
        }
        if (custom.stream().noneMatch(p -> p.id().equals(id))) {
            throw new IllegalArgumentException("There is no profile with the id \"" + id + "\".");
        }
    }

    private void requireNameFree(EndpointProfile profile) {
        String wanted = key(profile.displayName());
        all().stream().filter(p -> !p.id().equals(profile.id()) && key(p.displayName()).equals(wanted)).findFirst()
                .ifPresent(p -> {
                    throw new IllegalArgumentException("A profile named \"" + p.displayName() + "\" already exists.");
                });
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileBook other && custom.equals(other.custom) && activeId.equals(other.activeId);
    }

    @Override
    public int hashCode() {
        return custom.hashCode() * 31 + activeId.hashCode();
    }

    @Override
    public String toString() {
        return "ProfileBook[active=" + activeId + ", " + custom + "]";
    }
}
