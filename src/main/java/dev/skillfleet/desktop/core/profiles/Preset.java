package dev.skillfleet.desktop.core.profiles;

/**
 * A known server and where it usually listens, to fill in a new profile's form.
 *
 * @param name             e.g. "LM Studio"
 * @param baseUrl          the server's usual base URL (the user may change it)
 * @param keyUsuallyNeeded whether the server normally wants an API key (hosted services do, local ones do not)
 * @param note             one line of advice shown beside the preset; may be empty
 */
public record Preset(String name, ProfileKind kind, String baseUrl, boolean keyUsuallyNeeded, String note) {

    /** A profile filled from this preset; the model stays for the user to pick or type. */
    public EndpointProfile newProfile(String id, String displayName, String model) {
        return EndpointProfile.of(id, displayName, kind, baseUrl, model);
    }
}
