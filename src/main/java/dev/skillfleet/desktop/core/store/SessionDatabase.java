package dev.skillfleet.desktop.core.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The SQLite file that holds the conversations, opened ready to use: write-ahead log (readers never wait for the
 * writer; a killed process loses nothing committed), every commit synced to disk, the schema migrated to this
 * build's version — after a dated backup, and restored from it if a step fails — and today's backup taken.
 */
public final class SessionDatabase implements AutoCloseable {

    public static final String FILE_NAME = "sessions.db";
    private static final System.Logger LOG = System.getLogger("skill-fleet");

    private final Connection connection;
    private final Path file;
    private final DatabaseBackups backups;

    private SessionDatabase(Connection connection, Path file, DatabaseBackups backups) {
        this.connection = connection;
        this.file = file;
        this.backups = backups;
    }

    /** The database in {@code dataFolder} (created when missing). */
    public static SessionDatabase open(Path dataFolder) {
        return open(dataFolder, SchemaMigrations.all(), Clock.systemDefaultZone());
    }

    /** A database that lives only as long as this process: used when the file cannot be opened. */
    public static SessionDatabase inMemory() {
        try {
            Connection connection = config().createConnection("jdbc:sqlite::memory:");
            SchemaMigrations.apply(connection, SchemaMigrations.all());
            return new SessionDatabase(connection, null, null);
        } catch (SQLException e) {
            throw new StoreException("Could not start an in-memory conversation store: " + e.getMessage(), e);
        }
    }

    static SessionDatabase open(Path dataFolder, List<Migration> migrations, Clock clock) {
        Path file = dataFolder.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + dataFolder + ": " + e.getMessage(), e);
        }
        DatabaseBackups backups = new DatabaseBackups(dataFolder.resolve("backups"));
        Connection connection = connect(file);
        try {
            migrate(connection, file, backups, migrations, clock);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        try {
            backups.daily(connection, LocalDate.now(clock));
        } catch (SQLException | IOException e) {
            // Conversations still work; the next start tries again.
            LOG.log(System.Logger.Level.WARNING, "Today's backup of the conversations failed: " + e.getMessage());
        }
        return new SessionDatabase(connection, file, backups);
    }

    private static Connection connect(Path file) {
        try {
            return config().createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            // Opening applies the journal mode, which is where SQLite first reads the file: a file that is not a
            // database fails here, not when its version is read.
            if (e instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                throw notReadable(file, e);
            }
            throw new StoreException("Cannot open the conversation database " + file + ": " + e.getMessage(), e);
        }
    }

    private static StoreException notReadable(Path file, SQLException e) {
        return new StoreException("Cannot open the conversation database " + file + ": it is not a database this "
                + "app can read (" + e.getMessage() + "). It was left untouched; move it elsewhere to start with an "
                + "empty history.", e);
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        return config;
    }

    private static void migrate(Connection connection, Path file, DatabaseBackups backups, List<Migration> migrations,
                                Clock clock) {
        int latest = SchemaMigrations.latest(migrations);
        int version;
        try {
            version = SchemaMigrations.version(connection);
        } catch (SQLException e) {
            throw notReadable(file, e);
        }
        if (version > latest) {
            throw new StoreException(file + " was written by a newer version of Skill Fleet Desktop (schema "
                    + version + "; this version reads up to " + latest + "). Nothing was changed: update the app.");
        }
        if (version == latest) {
            return;
        }
        Path backup = null;
        if (version > 0) {
            try {
                backup = backups.beforeMigration(connection, version, latest, LocalDateTime.now(clock));
            } catch (SQLException | IOException e) {
                throw new StoreException("The conversation database needs an upgrade, but its backup could not be "
                        + "written to " + backups.folder() + " (" + e.getMessage() + "). Nothing was changed.", e);
            }
        }
        try {
            SchemaMigrations.apply(connection, migrations);
        } catch (SQLException e) {
            closeQuietly(connection);
            String restored = "";
            if (backup != null) {
                try {
                    DatabaseBackups.restore(backup, file);
                    restored = " The database was restored from the backup " + backup + ";";
                } catch (IOException restoreFailure) {
                    restored = " Restoring the backup " + backup + " failed too (" + restoreFailure.getMessage()
                            + "): copy it over " + file + " by hand;";
                }
            }
            throw new StoreException("Upgrading the conversation database from schema " + version + " to " + latest
                    + " failed: " + e.getMessage() + "." + restored + " your conversations are unchanged.", e);
        }
    }

    public Connection connection() {
        return connection;
    }

    /** The database file; empty for an in-memory database. */
    public java.util.Optional<Path> file() {
        return java.util.Optional.ofNullable(file);
    }

    public java.util.Optional<DatabaseBackups> backups() {
        return java.util.Optional.ofNullable(backups);
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Closing the conversation database: " + e.getMessage());
        }
    }
}
