package dev.skillfleet.desktop.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of the conversation database in {@code backups/} beside it: one before every schema migration (kept), and
 * one a day (the last {@link #DAILY_KEPT} kept). A copy is SQLite's own consistent snapshot ({@code VACUUM INTO}),
 * written under a temporary name and renamed, so a half-written copy never looks like a backup.
 */
public final class DatabaseBackups {

    public static final int DAILY_KEPT = 7;
    private static final String DAILY_PREFIX = "sessions-daily-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;

    public DatabaseBackups(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** A copy taken before migrating from {@code from} to {@code to}; its name says both and when. */
    Path beforeMigration(Connection connection, int from, int to, LocalDateTime now) throws SQLException, IOException {
        return snapshot(connection, "sessions-v" + from + "-before-v" + to + "-" + STAMP.format(now) + ".db");
    }

    /** Today's copy, unless there is one; then only the newest {@link #DAILY_KEPT} daily copies stay. */
    Path daily(Connection connection, LocalDate today) throws SQLException, IOException {
        removeUnfinishedCopies();
        Path target = folder.resolve(DAILY_PREFIX + today + ".db");
        if (!Files.exists(target)) {
            snapshot(connection, target.getFileName().toString());
        }
        List<Path> daily = dailyCopies();
        for (int i = 0; i < daily.size() - DAILY_KEPT; i++) {
            Files.deleteIfExists(daily.get(i));
        }
        return target;
    }

    /** A copy cut short (the app was killed while writing it) is never finished later: it goes. */
    private void removeUnfinishedCopies() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path partial : files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList()) {
                Files.deleteIfExists(partial);
            }
        }
    }

    /** The daily copies, oldest first (their names sort by date). */
    public List<Path> dailyCopies() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(DAILY_PREFIX) && name.endsWith(".db");
            }).sorted().toList();
        }
    }

    private Path snapshot(Connection connection, String name) throws SQLException, IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        Path partial = folder.resolve(name + ".partial");
        Files.deleteIfExists(partial);
        try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, partial.toString());
            s.execute();
        }
        force(partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * Puts {@code backup} back as the database at {@code database} (closed): copied beside it, flushed, renamed over
     * it; the old write-ahead log goes, since it belongs to the replaced file.
     */
    static void restore(Path backup, Path database) throws IOException {
        Path copy = database.resolveSibling(database.getFileName() + ".restoring");
        Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
        force(copy);
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + "-wal"));
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + "-shm"));
        Files.move(copy, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
