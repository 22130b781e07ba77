package vn.giaoviec.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database of one test run: created on first use in a fresh database on the local
 * server (127.0.0.1:5432, trust authentication, as on the development machines and CI), dropped
 * when the JVM exits. Selected with -Dgiaoviec.test.database=postgresql (Maven does it in its
 * second test execution).
 */
public final class PostgresTestDatabase {

    public static final String SELECTOR = "giaoviec.test.database";
    static final String SERVER = System.getProperty("giaoviec.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("giaoviec.test.postgres-user", "postgres");

    private static String url;

    private PostgresTestDatabase() {
    }

    public static boolean selected() {
        return "postgresql".equals(System.getProperty(SELECTOR));
    }

    /** Null when the server answers; otherwise why it could not be reached. */
    public static String unavailableReason() {
        try (Connection ignored = DriverManager.getConnection(SERVER + "postgres", USER, "")) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL không trả lời ở " + SERVER + " (người dùng " + USER + "): " + e.getMessage();
        }
    }

    /**
     * The database the tests of this JVM share, created on first use. Its sessions commit without
     * waiting for the write-ahead log to reach the disk (synchronous_commit=off): what each session and
     * every other one see is the same, only a crash of the server itself could lose the last commits —
     * and a test database outlives no crash. About 3 ms a commit on the development machine, several
     * commits a step of RandomLifecycleTest. Benchmarks ({@link #fresh}) keep the production setting.
     */
    public static synchronized String url() {
        if (url == null) {
            url = fresh("giaoviec_test") + "&options=-c%20synchronous_commit=off";
        }
        return url;
    }

    /**
     * A new empty database of its own (dropped when the JVM exits), for a run that must not see other
     * tests' data. With {@code -Dgiaoviec.test.keep-database=true} it is kept, for looking at query
     * plans on a benchmark's data afterwards (drop it yourself).
     */
    public static String fresh(String prefix) {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        execute("create database " + name);
        if (Boolean.getBoolean("giaoviec.test.keep-database")) {
            System.out.println("Giữ lại cơ sở dữ liệu " + name + " (giaoviec.test.keep-database)");
        } else {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        }
        // batched inserts become multi-row inserts, as in production (application-postgres.yaml)
        return SERVER + name + "?reWriteBatchedInserts=true";
    }

    /** Drops the database once the application contexts (closing in their own hooks) let go of it. */
    private static void drop(String name) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (openConnections(name) > 0 && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        execute("drop database if exists " + name + " with (force)");
    }

    private static int openConnections(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement statement = connection.createStatement();
             var result = statement.executeQuery("select count(*) from pg_stat_activity where datname = '" + name + "'")) {
            return result.next() ? result.getInt(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    public static String user() {
        return USER;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Không chạy được \"" + sql + "\" trên PostgreSQL: " + e.getMessage(), e);
        }
    }
}
