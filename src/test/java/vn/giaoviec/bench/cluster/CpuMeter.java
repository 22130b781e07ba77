package vn.giaoviec.bench.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time spent by the application process and by the PostgreSQL server processes serving its database
 * (the backends of its connections, found in pg_stat_activity) over a measured window, read from
 * /proc/&lt;pid&gt;/stat (utime + stime, all threads). PostgreSQL's shared background processes (WAL
 * writer, checkpointer, autovacuum) also serve other databases of the server and are not counted.
 * A figure per operation holds on any machine where a wall-clock latency does not.
 */
final class CpuMeter {

    /** USER_HZ: /proc counts CPU time in clock ticks of 1/100 s on Linux. */
    private static final double MILLIS_PER_TICK = 10.0;

    private final long applicationPid;
    private final Database db;
    private long applicationStart;
    private long jitStart;
    private Map<Long, Long> databaseStart = Map.of();
    private long[] activityStart;
    private Map<String, long[]> tablesStart = Map.of();

    CpuMeter(long applicationPid, Database db) {
        this.applicationPid = applicationPid;
        this.db = db;
    }

    /**
     * The window: CPU milliseconds of the application and of the database; committed transactions,
     * rows read (returned by scans + fetched through indexes) and rows written, from pg_stat_database.
     */
    record Window(double applicationMillis, double databaseMillis, long transactions, long rowsRead, long rowsWritten,
                  double jitMillis) {
        /** The application's CPU without the JIT compiler's: what a click costs once the node has warmed up. */
        double steadyApplicationMillis() {
            return applicationMillis - jitMillis;
        }
    }

    void start() {
        tablesStart = tableActivity();
        applicationStart = ticks(applicationPid);
        jitStart = compilerTicks(applicationPid);
        databaseStart = databaseTicks();
        activityStart = activity();
    }

    Window stop() {
        long application = ticks(applicationPid) - applicationStart;
        long jit = compilerTicks(applicationPid) - jitStart;
        long database = 0;
        for (Map.Entry<Long, Long> backend : databaseTicks().entrySet()) {
            // a connection opened during the window counts from zero
            database += backend.getValue() - databaseStart.getOrDefault(backend.getKey(), 0L);
        }
        long[] activity = activity();
        printBusiestTables();
        return new Window(application * MILLIS_PER_TICK, database * MILLIS_PER_TICK, activity[0] - activityStart[0],
                activity[1] - activityStart[1], activity[2] - activityStart[2], jit * MILLIS_PER_TICK);
    }

    /** The tables most read and written during the window, printed for the profile (not a figure of the report). */
    private void printBusiestTables() {
        Map<String, long[]> now = tableActivity();
        now.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - tablesStart.getOrDefault(e.getKey(), new long[4])[0],
                        e.getValue()[1] - tablesStart.getOrDefault(e.getKey(), new long[4])[1],
                        e.getValue()[2] - tablesStart.getOrDefault(e.getKey(), new long[4])[2],
                        e.getValue()[3] - tablesStart.getOrDefault(e.getKey(), new long[4])[3]}))
                .sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[2], a.getValue()[0] + a.getValue()[2]))
                .limit(10)
                .forEach(e -> System.out.printf("  %-28s dòng đọc %d (quét tuần tự %d lần) · dòng ghi %d · lượt dùng chỉ mục %d%n",
                        e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]));
    }

    private Map<String, long[]> tableActivity() {
        Map<String, long[]> tables = new HashMap<>();
        for (List<String> row : db.rows("select relname, coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0), coalesce(seq_scan, 0),"
                + " n_tup_ins + n_tup_upd + n_tup_del, coalesce(idx_scan, 0) from pg_stat_user_tables")) {
            tables.put(row.get(0), new long[] {Long.parseLong(row.get(1)), Long.parseLong(row.get(2)), Long.parseLong(row.get(3)),
                    Long.parseLong(row.get(4))});
        }
        return tables;
    }

    private long[] activity() {
        List<String> row = db.rows("select xact_commit, tup_returned + tup_fetched, tup_inserted + tup_updated + tup_deleted"
                + " from pg_stat_database where datname = ?", db.name).get(0);
        return new long[] {Long.parseLong(row.get(0)), Long.parseLong(row.get(1)), Long.parseLong(row.get(2))};
    }

    private Map<Long, Long> databaseTicks() {
        Map<Long, Long> ticks = new HashMap<>();
        List<List<String>> backends = db.rows("select pid from pg_stat_activity where datname = ? and pid <> pg_backend_pid()", db.name);
        for (List<String> row : backends) {
            long pid = Long.parseLong(row.get(0));
            ticks.put(pid, ticks(pid));
        }
        return ticks;
    }

    /**
     * CPU of the JVM's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre"): on a node started minutes
     * before, compiling the hot code takes a large share of the CPU (20 s in the first few thousand requests
     * here); it stops once the code is compiled, so it is shown apart from what a click costs.
     */
    static long compilerTicks(long pid) {
        long total = 0;
        try (var threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                try {
                    if (Files.readString(thread.resolve("comm")).contains("Compiler")) {
                        total += ticks(thread.resolve("stat"));
                    }
                } catch (IOException e) {
                    // the thread ended: its time is lost to the window
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    /** utime + stime of a process (fields 14 and 15 of /proc/pid/stat, counted after the command's closing parenthesis). */
    static long ticks(long pid) {
        return ticks(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    private static long ticks(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // gone (a closed connection): its time is lost to the window, not counted twice
        }
    }
}
