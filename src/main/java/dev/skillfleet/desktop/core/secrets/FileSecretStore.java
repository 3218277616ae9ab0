package dev.skillfleet.desktop.core.secrets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.skillfleet.desktop.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * API keys in a JSON file that only the user may read (0600), for systems without a keystore. Every change
 * replaces the file atomically with one created 0600 from the start.
 */
public final class FileSecretStore implements SecretStore {

    public static final String FILE_NAME = "api-keys.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path file;

    public FileSecretStore(Path file) {
        this.file = file;
    }

    /** The key file in the app's config folder. */
    public static FileSecretStore in(Path configFolder) {
        return new FileSecretStore(configFolder.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> get(String profileId) throws IOException {
        return Optional.ofNullable(read().get(profileId));
    }

    @Override
    public synchronized void put(String profileId, String secret) throws IOException {
        TreeMap<String, String> keys = read();
        keys.put(profileId, secret);
        write(keys);
    }

    @Override
    public synchronized void delete(String profileId) throws IOException {
        TreeMap<String, String> keys = read();
        if (keys.remove(profileId) == null) {
            return;
        }
        if (keys.isEmpty()) {
            // No keys left: no file that looks like it holds some.
            Files.deleteIfExists(file);
        } else {
            write(keys);
        }
    }

    @Override
    public String location() {
        return file.toString();
    }

    private TreeMap<String, String> read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        }
        tightenPermissions();
        try {
            TreeMap<String, String> keys = JSON.readValue(bytes, MAP);
            return keys == null ? new TreeMap<>() : keys;
        } catch (IOException e) {
            // The parser's message quotes the text around the error, which would be a key: never pass it on.
            throw new IOException("The API key file " + file + " is not valid JSON and was left as it is. Fix or "
                    + "delete it, then enter your API keys again.");
        }
    }

    private void write(Map<String, String> keys) throws IOException {
        AtomicFiles.writeOwnerOnly(file, JSON.writeValueAsBytes(keys));
    }

    /** A file copied in or restored from a backup may have lost its 0600: put it back before anything else. */
    private void tightenPermissions() throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null && !view.readAttributes().permissions().equals(OWNER_ONLY)) {
            view.setPermissions(OWNER_ONLY);
        }
    }

    @Override
    public String toString() {
        return "FileSecretStore[" + file + "]";
    }
}
