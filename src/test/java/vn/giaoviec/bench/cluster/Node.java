package vn.giaoviec.bench.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One application process: {@code java -Xmx512m -jar} the real jar with the {@code postgres} profile on
 * a loopback port, against one database, with its own files directory, log and GC log.
 */
final class Node {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String HEAP = "-Xmx512m";

    final String name;
    final int port;
    final Path log;
    private final Path gcLog;
    private final Path workDir;
    private final Path jar;
    private final Database db;
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private Process process;

    Node(Path jar, Path workDir, String name, int port, Database db) {
        this.jar = jar;
        this.workDir = workDir;
        this.name = name;
        this.port = port;
        this.db = db;
        this.log = workDir.resolve(name + ".log");
        this.gcLog = workDir.resolve(name + "-gc.log");
    }

    /** An application argument, e.g. "--camunda.bpm.job-execution.lock-time-in-millis=10000". */
    Node arg(String arg) {
        args.add(arg);
        return this;
    }

    Node args(List<String> more) {
        args.addAll(more);
        return this;
    }

    Node env(String key, String value) {
        env.put(key, value);
        return this;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    void start() throws IOException {
        Path files = workDir.resolve(name).resolve("files");
        Files.createDirectories(files);
        Files.deleteIfExists(gcLog);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-Duser.timezone=" + ZONE.getId(),
                // every collection with the heap used before and after it: the peak heap (Memory)
                "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(), "--server.address=127.0.0.1"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("GIAOVIEC_DB_URL", db.url + "?reWriteBatchedInserts=true");
        environment.put("GIAOVIEC_DB_USER", Database.PG_USER);
        environment.put("GIAOVIEC_DB_PASSWORD", "");
        environment.put("GIAOVIEC_ADMIN_USER", Api.ADMIN);
        environment.put("GIAOVIEC_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        environment.put("GIAOVIEC_FILES_DIR", files.toString());
        environment.put("PORT", String.valueOf(port));
        environment.putAll(env);
        builder.directory(Run.ROOT.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long started = System.nanoTime();
        process = builder.start();
        Process started0 = process;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (started0.isAlive()) {
                started0.destroyForcibly();
            }
        }));
        waitReady();
        Run.log("%s (pid %d, cổng %d) sẵn sàng sau %.1f s", name, process.pid(), port, Run.seconds(started));
    }

    private void waitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " dừng khi khởi động; xem " + log);
            }
            try {
                HttpResponse<String> r = Api.HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Run.sleep(500);
        }
        throw new IllegalStateException(name + " không sẵn sàng sau 240 s; xem " + log);
    }

    /** SIGKILL: no shutdown hook, no graceful stop, open transactions die with the connections. */
    void kill() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-KILL", String.valueOf(process.pid())).inheritIO().start().waitFor();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    void stop() throws InterruptedException {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** Peak heap and peak resident memory of a running node, in MiB. */
    record Memory(long peakHeapMiB, long heapNowMiB, long peakRssMiB) {
        @Override
        public String toString() {
            return "heap đỉnh " + peakHeapMiB + " MiB / 512 MiB · RSS đỉnh " + peakRssMiB + " MiB";
        }
    }

    private static final Pattern GC_BEFORE = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    /**
     * Read while the node runs (before stop): the peak heap is the largest "used before collection" of
     * its GC log (-Xlog:gc, every collection since start) or the heap used now (jcmd GC.heap_info), the
     * peak RSS is VmHWM of /proc/&lt;pid&gt;/status. Both cover the node's whole life, start-up included.
     */
    Memory memory() {
        long peak = 0;
        try {
            if (Files.exists(gcLog)) {
                for (String line : Files.readAllLines(gcLog)) {
                    Matcher m = GC_BEFORE.matcher(line);
                    if (m.find()) {
                        peak = Math.max(peak, Long.parseLong(m.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            // no log: the jcmd figure alone
        }
        long now = heapNow();
        return new Memory(Math.max(peak, now), now, procStatusKb("VmHWM") / 1024);
    }

    private long heapNow() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid()), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor(30, TimeUnit.SECONDS);
            Matcher m = HEAP_USED.matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) / 1024 : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private long procStatusKb(String key) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status")).stream()
                    .filter(l -> l.startsWith(key + ":")).map(l -> l.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
