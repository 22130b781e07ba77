package vn.giaoviec.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL test run: on a machine without a PostgreSQL server, the tests are reported as
 * not run, with the reason; in CI (CI=true) a missing server is a failure, never a skip.
 */
public class PostgresAvailability implements ExecutionCondition {

    private static final String REASON = PostgresTestDatabase.selected() ? PostgresTestDatabase.unavailableReason() : null;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (REASON == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL sẵn sàng hoặc không dùng");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI cần PostgreSQL cho lượt kiểm thử thứ hai. " + REASON);
        }
        return ConditionEvaluationResult.disabled("Không chạy trên PostgreSQL — " + REASON);
    }
}
