package vn.giaoviec.bench.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vn.giaoviec.bench.BenchmarkData;
import vn.giaoviec.bench.Latencies;

/**
 * B4, a day in the life: one node (postgres profile, demo users of the generated 60-agency directory),
 * a plan of open tasks, and N simulated users, one thread each (Java 17: no virtual threads), over loopback HTTP for a bounded time,
 * each acting as Tasklist does through /engine-rest, with a think time between two actions:
 * <ul>
 *   <li>a leader (one per agency, "&lt;code&gt;-lanhdao") lists the agency's tasks, claims one and submits
 *   "Phân công xử lý" (an officer of the agency) or "Duyệt sản phẩm" (approve, or return one in seven);</li>
 *   <li>an officer (the demo "&lt;code&gt;-chuyenvien" and, past 60, extra officers created here) submits
 *   "Nộp sản phẩm" or "Gửi ý kiến phối hợp" of their own list, else lists the agency's unclaimed
 *   contribution tasks and claims one — officers of one agency race for the same tasks.</li>
 * </ul>
 * A 409 (the task was claimed or finished by someone else a moment before, EngineRestConflicts) counts
 * as a conflict; any other failure as an error.
 */
final class DayInTheLife {

    private static final String PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeBenchmarks bench;
    private final int users;
    private final int seconds;
    private final int warmupSeconds;
    private final int thinkMs;
    private final int rows;
    private final List<String> agencies = new ArrayList<>(BenchmarkData.agencyNames().keySet());
    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final Map<String, List<String>> officersByAgency = new ConcurrentHashMap<>();
    private volatile long measureFrom;
    private volatile long measureTo;
    private Node node;

    DayInTheLife(NodeBenchmarks bench, boolean smoke) {
        this.bench = bench;
        this.users = Integer.getInteger("bench.b4-users", 200);
        this.seconds = Integer.getInteger("bench.b4-seconds", smoke ? 10 : 60);
        this.warmupSeconds = smoke ? 3 : 10;
        this.thinkMs = Integer.getInteger("bench.b4-think-ms", 1000);
        this.rows = Integer.getInteger("bench.b4-rows", smoke ? 5 : 50);
    }

    void run() throws Exception {
        int officers = Math.max(0, users - agencies.size());
        System.out.printf("%n== B4 một ngày làm việc: %d người dùng (%d lãnh đạo, %d chuyên viên), %d s sau %d s khởi động,"
                + " nghĩ 0–%d ms%n", users, Math.min(users, agencies.size()), officers, seconds, warmupSeconds, 2 * thinkMs);
        Path directory = BenchmarkData.agencies(NodeBenchmarks.WORK.resolve("b4"));
        try (Database db = new Database("giaoviec_b4")) {
            node = bench.node("b4-nut", 18083, db).env("GIAOVIEC_AGENCIES_LOCATION", "file:" + directory.toAbsolutePath())
                    .arg("--giaoviec.demo-data=true");
            try {
                node.start();
                int year = LocalDate.now().getYear() + 1;
                long importing = System.nanoTime();
                int tasks = Api.importPlan(node, "mot-ngay.txt", BenchmarkData.plan("một ngày làm việc", year, rows,
                        i -> BenchmarkData.COLLECTIVE, i -> BenchmarkData.agencyNames().get(agencies.get(i % agencies.size())),
                        i -> "Quý IV/" + year));
                Run.log("%d nhiệm vụ mở (chờ phân công) trong %.1f s", tasks, Run.seconds(importing));
                createOfficers(officers);

                long start = System.nanoTime();
                measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
                measureTo = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
                ExecutorService threads = Executors.newFixedThreadPool(users);
                for (int i = 0; i < users; i++) {
                    int n = i;
                    threads.submit(() -> simulate(n));
                }
                threads.shutdown();
                threads.awaitTermination(seconds + warmupSeconds + 120, TimeUnit.SECONDS);
                report(tasks, officers, db);
            } finally {
                node.stop();
            }
        }
    }

    /** The demo officer of each agency first, then "&lt;code&gt;-cv2", "-cv3" … created through /engine-rest as admin. */
    private void createOfficers(int officers) {
        for (int j = 0; j < officers; j++) {
            String agency = agencies.get(j % agencies.size());
            int number = j / agencies.size() + 1;
            String id = number == 1 ? agency + "-chuyenvien" : agency + "-cv" + number;
            if (number > 1) {
                Api.admin("POST", node.base() + "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id
                        + "\",\"firstName\":\"Chuyên viên " + number + "\",\"lastName\":\"" + agency + "\",\"email\":\"" + id
                        + "@example.invalid\"},\"credentials\":{\"password\":\"" + PASSWORD + "\"}}", 204);
                Api.admin("PUT", node.base() + "/engine-rest/group/" + agency + "/members/" + id, null, 204);
            }
            officersByAgency.computeIfAbsent(agency, a -> new ArrayList<>()).add(id);
        }
        // an agency without a simulated officer still has its demo officer to assign to
        agencies.forEach(a -> officersByAgency.computeIfAbsent(a, x -> new ArrayList<>(List.of(a + "-chuyenvien"))));
    }

    private void simulate(int n) {
        boolean leader = n < agencies.size();
        String agency = agencies.get(n % agencies.size());
        String user = leader ? agency + "-lanhdao" : officersByAgency.get(agency).get((n - agencies.size()) / agencies.size());
        ThreadLocalRandom random = ThreadLocalRandom.current();
        think(random.nextInt(2 * thinkMs + 1));
        while (System.nanoTime() < measureTo) {
            try {
                if (leader) {
                    leaderStep(user, agency, random);
                } else {
                    officerStep(user, agency, random);
                }
            } catch (RuntimeException e) {
                error("ngoại lệ " + e.getMessage());
            }
            think(random.nextInt(2 * thinkMs + 1));
        }
    }

    private void leaderStep(String user, String agency, ThreadLocalRandom random) {
        JsonNode list = list("danh sách việc của đơn vị (lãnh đạo)", user,
                "candidateGroup=" + agency + "-lanhdao&includeAssignedTasks=true");
        if (list == null || list.isEmpty()) {
            return;
        }
        JsonNode task = null;
        for (JsonNode t : list) {
            if (t.path("taskDefinitionKey").asText().equals("reviewProduct")) {
                task = t;
                break;
            }
        }
        if (task == null) {
            task = list.get(random.nextInt(list.size()));
        }
        if (!claimIfNeeded(user, task)) {
            return;
        }
        String key = task.path("taskDefinitionKey").asText();
        if (key.equals("assignTask")) {
            List<String> officers = officersByAgency.get(agency);
            submit("phân công (assignTask)", user, task, Map.of(
                    "officer", officers.get(random.nextInt(officers.size())),
                    "assignmentNote", "Đề nghị triển khai đúng hạn"));
        } else if (key.equals("reviewProduct")) {
            boolean approve = random.nextInt(7) != 0;
            submit("duyệt sản phẩm (reviewProduct)", user, task, approve ? Map.of("productApproved", "true")
                    : Map.of("productApproved", "false", "returnReason", "Bổ sung số liệu"));
        }
    }

    private void officerStep(String user, String agency, ThreadLocalRandom random) {
        JsonNode mine = list("danh sách việc của tôi (chuyên viên)", user, "assignee=" + user);
        if (mine != null && !mine.isEmpty()) {
            JsonNode task = mine.get(0);
            String key = task.path("taskDefinitionKey").asText();
            if (key.equals("submitProduct")) {
                submit("nộp sản phẩm (submitProduct)", user, task, Map.of("documentNumber", "15/KH-" + agency.toUpperCase(),
                        "documentDate", LocalDate.now().toString(), "productSummary", "Kế hoạch đã ban hành",
                        "productLink", "https://vanban.example.invalid/15"));
            } else if (key.equals("sendContribution")) {
                submit("gửi ý kiến phối hợp (sendContribution)", user, task, Map.of("contribution", "Thống nhất nội dung"));
            }
            return;
        }
        JsonNode group = list("danh sách việc của đơn vị (chuyên viên)", user, "candidateGroup=" + agency);
        if (group != null && !group.isEmpty()) {
            claimIfNeeded(user, group.get(random.nextInt(group.size())));
        }
    }

    private JsonNode list(String kind, String user, String query) {
        HttpResponse<byte[]> response = timed(kind, user, "GET", "/engine-rest/task?" + query
                + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15", null);
        if (response == null || response.statusCode() != 200) {
            return null;
        }
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            error(kind + ": JSON " + e.getMessage());
            return null;
        }
    }

    /** Claims an unassigned task (true when it is now the user's); a task already the user's needs no claim. */
    private boolean claimIfNeeded(String user, JsonNode task) {
        if (user.equals(task.path("assignee").asText(null))) {
            return true;
        }
        HttpResponse<byte[]> response = timed("nhận việc (claim)", user, "POST",
                "/engine-rest/task/" + task.path("id").asText() + "/claim", "{\"userId\":\"" + user + "\"}");
        return response != null && response.statusCode() == 204;
    }

    private void submit(String kind, String user, JsonNode task, Map<String, String> values) {
        StringBuilder body = new StringBuilder("{\"variables\":{");
        values.forEach((name, value) -> body.append(body.length() > 14 ? "," : "").append('"').append(name)
                .append("\":{\"value\":\"").append(value).append("\",\"type\":\"String\"}"));
        body.append("}}");
        timed(kind, user, "POST", "/engine-rest/task/" + task.path("id").asText() + "/submit-form", body.toString());
    }

    /** One call, its latency recorded under {@code kind} inside the measured window; 409 conflict, other non-2xx error. */
    private HttpResponse<byte[]> timed(String kind, String user, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Api.basic(user, PASSWORD))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            if (measured(start)) {
                error(kind + ": " + e);
            }
            return null;
        }
        long end = System.nanoTime();
        if (measured(start)) {
            int status = response.statusCode();
            if (status == 409) {
                conflicts.incrementAndGet();
            } else if (status / 100 != 2) {
                error(kind + " → " + status + " " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            } else {
                latencies.computeIfAbsent(kind, k -> new Latencies(1024)).add(end - start);
            }
        }
        return response;
    }

    private boolean measured(long start) {
        return start >= measureFrom && start < measureTo;
    }

    private void error(String message) {
        errors.incrementAndGet();
        if (errorSamples.size() < 5) {
            errorSamples.add(message.length() > 300 ? message.substring(0, 300) : message);
        }
    }

    private static void think(long millis) {
        Run.sleep(millis);
    }

    private void report(int tasks, int officers, Database db) {
        String configuration = users + " người dùng (" + Math.min(users, agencies.size()) + " lãnh đạo, " + officers
                + " chuyên viên), một luồng mỗi người, nghĩ 0–" + 2 * thinkMs + " ms giữa hai thao tác, đo " + seconds + " s sau "
                + warmupSeconds + " s khởi động; " + tasks + " nhiệm vụ mở ban đầu; 1 nút, Tomcat 200 luồng (mặc định); "
                + bench.settings().describe();
        long total = 0;
        for (Map.Entry<String, Latencies> kind : new java.util.TreeMap<>(latencies).entrySet()) {
            Latencies l = kind.getValue();
            total += l.count();
            bench.report().add("B4 " + kind.getKey(), NodeBenchmarks.DATABASE,
                    String.format("%.1f/giây · %s", l.count() / (double) seconds, l.summary()), "như B4 tổng");
        }
        long done = db.count("select count(*) from task_register where status like 'DONE%'");
        bench.report().add("B4 tổng", NodeBenchmarks.DATABASE, String.format("%d thao tác · %.1f thao tác/giây · lỗi %d ·"
                        + " xung đột %d (409) · %d nhiệm vụ đã duyệt xong", total, total / (double) seconds, errors.get(),
                conflicts.get(), done), configuration);
        bench.report().add("Bộ nhớ nút b4-nut (B4)", NodeBenchmarks.DATABASE, node.memory().toString(),
                "đỉnh cả đời nút, gồm nhập kế hoạch");
        errorSamples.forEach(e -> System.out.println("  lỗi: " + e));
        if (errors.get() > 0) {
            bench.report().fail("B4: " + errors.get() + " lỗi (không tính 409)");
        }
    }
}
