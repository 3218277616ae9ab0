package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.profiles.ProfileBook;
import dev.skillfleet.desktop.core.secrets.OpenedSecretStore;
import dev.skillfleet.desktop.core.secrets.SecretStore;
import dev.skillfleet.desktop.core.secrets.SecretStores;
import dev.skillfleet.desktop.core.settings.SettingsStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns {@code chat --profile NAME} into an {@link Endpoint} from the stored profiles and the keystore. */
final class ProfileOptions {

    /** Options that say where to connect, which a profile already does. */
    private static final List<String> ENDPOINT_OPTIONS = List.of("--offline", "--endpoint", "--model", "--api-key-env",
            "--provider", "--reasoning-tags");

    private ProfileOptions() {
    }

    /** The settings folder: {@code --config DIR} when given, else the per-user config folder. */
    static Path configFolder(Path option) {
        return option != null ? option : AppDirectories.forCurrentUser().config();
    }

    /** The stored profiles, read without changing the file (a broken file is the app's to set aside). */
    static ProfileBook read(Path configFolder) throws IOException {
        SettingsStore store = new SettingsStore(configFolder);
        try {
            return store.read().profileBook();
        } catch (IOException e) {
            throw new IOException("The settings file " + store.file() + " could not be read (" + firstLine(e)
                    + "). Open the app to set it aside, or fix it.", e);
        }
    }

    /**
     * The profile's endpoint with its key, or empty for the offline profile. An unknown name or a clash with the
     * endpoint options is bad usage (exit 2); an unreadable settings or key file is an IOException.
     */
    static Optional<Endpoint> endpoint(CommandSpec spec, String name, Path configFolder, Map<String, String> env,
                                       PrintWriter err) throws IOException {
        ParseResult parsed = spec.commandLine().getParseResult();
        List<String> clashing = ENDPOINT_OPTIONS.stream().filter(parsed::hasMatchedOption).toList();
        if (!clashing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--profile cannot be combined with "
                    + String.join(", ", clashing) + ": the profile already says where and how to connect");
        }
        ProfileBook book = read(configFolder);
        EndpointProfile profile = book.find(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown profile '" + name + "'. Stored profiles: " + book.all().stream()
                        .map(p -> p.displayName() + " [" + p.id() + "]").collect(Collectors.joining(", "))));
        if (!profile.hasApiKey()) {
            // No key to read: the keystore is not even opened.
            return profile.toEndpoint(Optional.empty());
        }
        OpenedSecretStore opened = SecretStores.open(configFolder, env);
        opened.notice().ifPresent(notice -> err.println("note: " + notice));
        try (SecretStore store = opened.store()) {
            Optional<String> key = store.get(profile.id());
            if (key.isEmpty()) {
                err.println("warning: no API key for profile '" + profile.displayName() + "' was found in "
                        + store.location() + "; the request is sent without one.");
            }
            err.flush();
            return profile.toEndpoint(key);
        }
    }

    /** The stored id of the profile {@code name} (a name or an id) names; empty when there is none. */
    static Optional<String> profileId(String name, Path configFolder) throws IOException {
        return read(configFolder).find(name).map(EndpointProfile::id);
    }

    private static String firstLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
