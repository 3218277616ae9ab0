package dev.skillfleet.desktop.core.profiles;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks a profile must pass, phrased for the person filling in the form. */
final class ProfileRules {

    static final int MAX_NAME_LENGTH = 60;

    /** Ids name keystore entries and settings entries, so they stay plain. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    /** RFC 9110's token characters. */
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Headers that carry credentials: those would end up in the settings file, where keys never go. */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "x-api-key",
            "api-key", "cookie");

    private ProfileRules() {
    }

    static List<String> problems(String id, String displayName, ProfileKind kind, String baseUrl, String model,
                                 Map<String, String> headers) {
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("Kind is required.");
        }
        if (!ID.matcher(id).matches()) {
            problems.add("Id must be 1 to 63 lowercase letters, digits and dashes, starting with a letter or digit.");
        } else if ((kind == ProfileKind.OFFLINE) != EndpointProfile.OFFLINE_ID.equals(id)) {
            problems.add("Only the built-in profile is offline, and its id \"" + EndpointProfile.OFFLINE_ID
                    + "\" is reserved.");
        }
        if (displayName.isEmpty()) {
            problems.add("Name is required.");
        } else if (displayName.length() > MAX_NAME_LENGTH) {
            problems.add("Name must be at most " + MAX_NAME_LENGTH + " characters.");
        } else if (displayName.chars().anyMatch(Character::isISOControl)) {
            problems.add("Name must be on one line.");
        }
        if (kind == null || kind == ProfileKind.OFFLINE) {
            return problems;
        }
        baseUrlProblem(baseUrl).ifPresent(problems::add);
        if (kind.needsModel() && model.isEmpty()) {
            problems.add("Model is required for " + (kind == ProfileKind.OLLAMA ? "an Ollama" : "an OpenAI-compatible")
                    + " profile.");
        }
        headers.forEach((name, value) -> headerProblem(name, value).ifPresent(problems::add));
        return problems;
    }

    private static Optional<String> baseUrlProblem(String baseUrl) {
        if (baseUrl.isEmpty()) {
            return Optional.of("Base URL is required.");
        }
        String lower = baseUrl.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.of("Base URL must start with http:// or https://.");
        }
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (URISyntaxException e) {
            return Optional.of("Base URL is not a valid address (" + e.getReason() + ").");
        }
        if (uri.getHost() == null) {
            return Optional.of("Base URL needs a host name, e.g. http://localhost:11434.");
        }
        if (uri.getRawUserInfo() != null) {
            // A password in the URL would be stored in the settings file in plain text.
            return Optional.of("Base URL must not contain a user name or password: put the key in the "
                    + "API key field, which is kept in the keystore.");
        }
        return Optional.empty();
    }

    private static Optional<String> headerProblem(String name, String value) {
        if (name == null || !HEADER_NAME.matcher(name).matches()) {
            return Optional.of("Header name \"" + name + "\" is not a valid HTTP header name.");
        }
        if (CREDENTIAL_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of("Header " + name + " carries credentials: put the key in the API key field, "
                    + "which is kept in the keystore, not in the settings file.");
        }
        // The value is never quoted back: it may be a token.
        if (value == null || value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            return Optional.of("The value of header " + name + " must be one line of text.");
        }
        return Optional.empty();
    }
}
