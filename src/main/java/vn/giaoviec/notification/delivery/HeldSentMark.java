package vn.giaoviec.notification.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giaoviec.notification.delivery.DeliveryChannel.SentMark;

/**
 * A message marked SENT on a connection of its own, left uncommitted: the row stays locked and PENDING
 * to everyone else until {@link #commit}. A node that dies before committing leaves nothing marked (the
 * database rolls back the transaction of a lost connection). The outbox's SQL stays in {@link Deliveries}.
 */
final class HeldSentMark implements SentMark {

    private final JdbcTemplate jdbc;
    private final String markSent;
    private final Connection connection;
    private boolean done;

    private HeldSentMark(JdbcTemplate jdbc, String markSent, Connection connection) {
        this.jdbc = jdbc;
        this.markSent = markSent;
        this.connection = connection;
    }

    /** Runs {@code markSent} (parameters: sent at, id) uncommitted; empty when another sender won the row. */
    static Optional<SentMark> open(JdbcTemplate jdbc, String markSent, Timestamp now, long id) {
        Connection connection = null;
        try {
            connection = jdbc.getDataSource().getConnection();
            connection.setAutoCommit(false);
            int updated;
            try (PreparedStatement update = connection.prepareStatement(markSent)) {
                update.setTimestamp(1, now);
                update.setLong(2, id);
                updated = update.executeUpdate();
            }
            if (updated != 1) {
                connection.rollback();
                connection.close();
                return Optional.empty();
            }
            return Optional.of(new HeldSentMark(jdbc, markSent, connection));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translated(jdbc, markSent, "mark sent", e);
        }
    }

    @Override
    public void commit() {
        try {
            connection.commit();
            done = true;
        } catch (SQLException e) {
            throw translated(jdbc, markSent, "commit sent", e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (!done) {
            done = true;
            try {
                connection.rollback();
            } catch (SQLException e) {
                // the connection is closed below; the database rolls back what it holds
            }
        }
        closeQuietly(connection);
    }

    private static RuntimeException translated(JdbcTemplate jdbc, String sql, String task, SQLException e) {
        RuntimeException translated = jdbc.getExceptionTranslator().translate(task, sql, e);
        return translated == null ? new IllegalStateException(e) : translated;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing left to do with it
            }
        }
    }
}
