package dev.skillfleet.desktop.core.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on a connection as one transaction: all of it is committed, or, when anything throws, none of it. */
final class Transaction {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transaction() {
    }

    static <T> T run(Connection c, Work<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
