package dev.skillfleet.desktop.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema. The database's version is SQLite's {@code user_version}; each migration runs in one
 * transaction with the version bump, so a failed step leaves the database exactly as it was.
 */
public final class SchemaMigrations {

    /** Every step, oldest first; the last one's version is the schema this build reads and writes. */
    public static List<Migration> all() {
        return List.of(Migration.fromResource(1, "V1__first_schema.sql"),
                Migration.fromResource(2, "V2__branches_pins_search.sql"));
    }

    private SchemaMigrations() {
    }

    public static int latest(List<Migration> migrations) {
        return migrations.isEmpty() ? 0 : migrations.getLast().version();
    }

    static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies the steps after the current version, each in a transaction; throws at the first that fails. */
    static void apply(Connection connection, List<Migration> migrations) throws SQLException {
        for (Migration migration : migrations) {
            if (migration.version() <= version(connection)) {
                continue;
            }
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String sql : migration.statements()) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + migration.version());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new SQLException("Schema step " + migration.name() + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }
}
