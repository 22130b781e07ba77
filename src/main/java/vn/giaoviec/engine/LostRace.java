package vn.giaoviec.engine;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Two people acting on the same task at the same instant: the database keeps the first and refuses
 * the second. Camunda says so with an {@link OptimisticLockingException} when both changed the same
 * row, but when both inserted the same row — the read grant on the task's instance that each
 * completion gives the next step's holder — the second meets a unique-key violation (SQL state class
 * 23) instead. Either way the second person lost a race, and nothing of theirs was written.
 */
public final class LostRace {

    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    private LostRace() {
    }

    /** An optimistic-locking failure anywhere in the chain of causes. */
    public static boolean optimisticLocking(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /** A unique-key (or other integrity) violation reported by the database anywhere in the chain of causes. */
    public static boolean duplicateRow(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql && integrityViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean integrityViolation(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}
