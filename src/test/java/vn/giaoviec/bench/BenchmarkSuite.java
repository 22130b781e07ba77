package vn.giaoviec.bench;

import java.net.URI;
import vn.giaoviec.plan.read.ImportReadBenchmark;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.giaoviec.GiaoViecApplication;
import vn.giaoviec.bench.cluster.NodeBenchmarks;
import vn.giaoviec.deadline.DeadlineParserBenchmark;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImporter;
import vn.giaoviec.plan.PlanPreview;

/**
 * The numbers a province's IT department asks for (README, "Đo hiệu năng"): B1 import and start,
 * B2 inbox and progress latency, memory — the whole application in this JVM on a fresh database —
 * and B3 quarter-end burst, B4 day in the life with their nodes' memory — the real jar in processes
 * of their own (NodeBenchmarks, -Dbench.jar). {@code bench/run [all|h2|postgresql|nodes|b3|b4] [--smoke]}.
 */
public final class BenchmarkSuite {

    private final BenchmarkReport report = new BenchmarkReport();
    private final boolean smoke;
    private final Path workDir = Path.of("target", "bench");
    private final HttpClient http = HttpClient.newHttpClient();

    BenchmarkSuite(boolean smoke) {
        this.smoke = smoke;
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = List.of(args).contains("--smoke");
        String which = args.length > 0 && !args[0].startsWith("--") ? args[0] : "all";
        BenchmarkReport.watchHeap();
        BenchmarkSuite suite = new BenchmarkSuite(smoke);
        BenchmarkReport report = suite.report;
        if (List.of("all", "h2", "postgresql").contains(which)) {
            suite.run(which.equals("all") ? List.of(BenchmarkDatabase.H2, BenchmarkDatabase.POSTGRESQL)
                    : List.of(BenchmarkDatabase.valueOf(which.toUpperCase())));
        }
        if (List.of("all", "import").contains(which)) {
            // B1 reading of PDF plans (vn.giaoviec.plan.read.ImportReadBenchmark): no database, no application
            report.section("B1 nhập kế hoạch PDF (trong JVM đo, -Xmx512m)");
            for (ImportReadBenchmark.Figure figure : ImportReadBenchmark.run(smoke)) {
                report.add(figure.benchmark(), "—", figure.figure(), figure.configuration());
                if (!figure.withinTarget()) {
                    report.fail(figure.benchmark() + ": quá mục tiêu");
                }
            }
        }
        if (List.of("all", "nodes", "b3", "b4").contains(which)) {
            String jar = System.getProperty("bench.jar");
            if (jar == null) {
                throw new IllegalArgumentException("B3/B4 cần tệp jar: -Dbench.jar=target/giao-viec-….jar (bench/run tự đặt)");
            }
            NodeBenchmarks nodes = new NodeBenchmarks(Path.of(jar), smoke, report);
            // one section each: running one of them alone keeps the other's figures in docs/benchmarks.md
            if (!which.equals("b4")) {
                report.section("B3 trên PostgreSQL (tệp jar, mỗi nút một tiến trình -Xmx512m)");
                nodes.b3();
            }
            if (!which.equals("b3")) {
                report.section("B4 trên PostgreSQL (tệp jar, một nút -Xmx512m; Camunda mặc định cùng lần chạy)");
                nodes.b4();
            }
        }
        Path out = smoke ? Path.of("target", "bench", "benchmarks-smoke.md") : Path.of("docs", "benchmarks.md");
        report.write(out, smoke ? "Chạy thử rút gọn (smoke)" : "Kết quả đầy đủ");
        System.out.println("\n" + report.table() + "\nĐã ghi " + out);
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }

    BenchmarkReport run(List<BenchmarkDatabase> databases) throws Exception {
        report.section("Phân tích thời hạn");
        report.add("Phân tích thời hạn", "—", DeadlineParserBenchmark.measure(smoke ? 1 : 5) + " cụm từ/giây", "1 luồng");
        for (BenchmarkDatabase database : databases) {
            report.section("B1–B2 trên " + database.label() + " (ứng dụng trong JVM đo)");
            try (ConfigurableApplicationContext app = start(database)) {
                importAndStart(database, app);
                inbox(database, app);
                report.add("Bộ nhớ (B1–B2, tới lúc này)", database.label(), BenchmarkReport.memory(), "JVM chạy đo: -Xmx512m");
            }
        }
        return report;
    }

    private ConfigurableApplicationContext start(BenchmarkDatabase database) throws Exception {
        Path dir = workDir.resolve(database.name().toLowerCase() + "-" + System.currentTimeMillis());
        Map<String, Object> properties = new HashMap<>(database.properties(dir));
        properties.put("server.port", "0");
        properties.put("camunda.bpm.job-execution.enabled", "false");
        properties.put("giaoviec.agencies-location", "file:" + BenchmarkData.agencies(dir).toAbsolutePath());
        properties.put("giaoviec.files.dir", dir.resolve("files").toString());
        properties.put("logging.level.root", "WARN");
        properties.put("spring.main.banner-mode", "off");
        // as command-line arguments: they override application.yaml (builder properties would not)
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GiaoViecApplication.class).run(args);
    }

    /**
     * B1: preview of a 300-row plan; commit of a merged province's plan, 117 rows to 60 agencies each:
     * 7,020 tasks on PostgreSQL (the target), 84 rows (5,040) on the embedded H2.
     */
    private void importAndStart(BenchmarkDatabase database, ConfigurableApplicationContext app) {
        PlanImporter importer = app.getBean(PlanImporter.class);
        int year = LocalDate.now().getYear() + 1;
        byte[] wide = BenchmarkData.singleLeadPlan("300 dòng", year, smoke ? 30 : 300);
        importer.preview("kh.txt", wide, null, Map.of());
        long start = System.nanoTime();
        PlanPreview preview = importer.preview("kh.txt", wide, null, Map.of());
        report.add("B1 xem trước kế hoạch " + preview.items().size() + " dòng", database.label(),
                String.format("%.0f ms", (System.nanoTime() - start) / 1e6), "tệp văn bản, 1 cơ quan chủ trì/dòng");

        byte[] plan = BenchmarkData.collectivePlan("B1", year, Integer.getInteger("bench.b1-rows",
                smoke ? 2 : database == BenchmarkDatabase.H2 ? 84 : 117));
        start = System.nanoTime();
        Plan imported = importer.commit("b1.txt", plan, null, Map.of(), false, "demo");
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add("B1 ghi kế hoạch " + imported.taskCount() + " nhiệm vụ", database.label(),
                String.format("%.1f s · %.0f quy trình/giây", seconds, imported.taskCount() / seconds),
                "một giao dịch; " + history(app));
    }

    /** B2: officers' and agencies' inboxes as Tasklist asks for them, and the progress API. */
    private void inbox(BenchmarkDatabase database, ConfigurableApplicationContext app) throws Exception {
        PlanImporter importer = app.getBean(PlanImporter.class);
        // 100,000 open tasks on PostgreSQL; 20,000 on the embedded H2 (its import runs at a fifth of the speed)
        int target = Integer.getInteger("bench.b2-tasks", smoke ? 600 : database == BenchmarkDatabase.H2 ? 20_000 : 100_000);
        int year = LocalDate.now().getYear() + 2;
        long planId = 0;
        long start = System.nanoTime();
        for (int created = 0, batch = 0; created < target; batch++) {
            Plan plan = importer.commit("b2-" + batch + ".txt",
                    BenchmarkData.collectivePlan("B2 lô " + batch, year, Math.min(80, (target - created) / 60 + 1)),
                    null, Map.of(), false, "demo");
            created += plan.taskCount();
            planId = plan.id();
        }
        report.add("B2 chuẩn bị " + target + "+ nhiệm vụ mở", database.label(),
                String.format("%.0f s", (System.nanoTime() - start) / 1e9), "nhập theo lô ≤ 4.800 nhiệm vụ");
        assignSomeToOfficers(app);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        FilterService filters = app.getBean(FilterService.class);
        String mine = filters.createFilterQuery().filterName("Việc của tôi").singleResult().getId();
        String unit = filters.createFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
        String sorting = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
        measure(database, "B2 hộp việc chuyên viên (Việc của tôi)", port, "so01-chuyenvien",
                "/engine-rest/filter/" + mine + "/list?firstResult=0&maxResults=15", sorting);
        measure(database, "B2 hộp việc đơn vị (lãnh đạo)", port, "so01-lanhdao",
                "/engine-rest/filter/" + unit + "/list?firstResult=0&maxResults=15", sorting);
        int runs = smoke ? 20 : 300;
        for (String[] inbox : new String[][] {{"chuyên viên, Việc của tôi", "so01-chuyenvien", "cua-toi"},
                {"lãnh đạo, Việc của đơn vị", "so01-lanhdao", "cua-don-vi"}, {"Chánh Văn phòng, Quá hạn", "chanhvanphong", "qua-han"}}) {
            report.add("B2 trang Hộp việc (" + inbox[0] + ")", database.label(),
                    InboxPages.measure(port, inbox[1], "/giaoviec/hop-viec?ds=" + inbox[2], runs).summary(),
                    "1 người tuần tự, phiên đăng nhập /giaoviec/dang-nhap, 20 dòng/trang và số việc của mọi danh sách");
        }
        measure(database, "B2 tiến độ kế hoạch (API)", port, "demo", "/api/plans/" + planId + "/progress", null);
        measurePage(database, "B2 trang kế hoạch (HTML, Chánh Văn phòng)", port, "/giaoviec/ke-hoach/" + planId);
    }

    /** The dashboard page as a browser gets it: signed in to the webapps once, then the page again and again. */
    private void measurePage(BenchmarkDatabase database, String name, int port, String path) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String base = "http://127.0.0.1:" + port;
        browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String xsrf = ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies()
                .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=chanhvanphong&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Đăng nhập thất bại: " + login.statusCode());
        }
        int runs = smoke ? 20 : 300;
        Latencies latencies = new Latencies(runs);
        for (int i = 0; i < runs + 30; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException(name + ": HTTP " + page.statusCode());
            }
            if (i >= 30) {
                latencies.add(System.nanoTime() - start);
            }
        }
        report.add(name, database.label(), latencies.summary(), "phiên đăng nhập webapp, 100 nhiệm vụ/trang");
    }

    private void assignSomeToOfficers(ConfigurableApplicationContext app) {
        TaskService tasks = app.getBean(TaskService.class);
        for (Task task : tasks.createTaskQuery().taskCandidateGroup("so01-lanhdao").listPage(0, 50)) {
            tasks.setAssignee(task.getId(), "so01-chuyenvien");
        }
    }

    private void measure(BenchmarkDatabase database, String name, int port, String user, String path, String body)
            throws Exception {
        int runs = smoke ? 20 : 300;
        Latencies latencies = new Latencies(runs);
        for (int i = 0; i < runs + 30; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request(port, user, path, body), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + ": HTTP " + response.statusCode() + " " + response.body());
            }
            if (i >= 30) {
                latencies.add(System.nanoTime() - start);
            }
        }
        report.add(name, database.label(), latencies.summary(), "1 máy khách tuần tự, HTTP Basic, loopback");
    }

    private static HttpRequest request(int port, String user, String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        return body == null ? builder.GET().build()
                : builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String history(ConfigurableApplicationContext app) {
        return "lịch sử " + app.getEnvironment().getProperty("camunda.bpm.history-level");
    }
}
