package vn.giaoviec.bench.cluster;

import java.nio.file.Path;
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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.giaoviec.bench.BenchmarkData;
import vn.giaoviec.bench.Latencies;

/**
 * B4, a working morning: one node (postgres profile, demo users of the generated 60-agency directory),
 * a plan of open tasks, and N simulated people, one thread each, who sign in once through the sign-in
 * page and then click through Giao Việc's own pages as their browser would (Browser: session cookie,
 * CSRF token and form fields read from each page), with a think time before every click:
 * <ul>
 *   <li>a leader (one per agency, "&lt;code&gt;-lanhdao") opens the inbox, opens a task — a product to
 *   review first — and completes its form ("Phân công xử lý": an officer of the agency; "Duyệt sản
 *   phẩm": approve, or return one in seven); one click in five, the plan's dashboard instead;</li>
 *   <li>an officer (the demo "&lt;code&gt;-chuyenvien" and, past 60, extra officers created here) opens
 *   "Việc của tôi" and completes the first work there ("Nộp sản phẩm" with a PDF file uploaded in the
 *   form, "Gửi ý kiến phối hợp"), else opens "Việc của đơn vị", opens a task and claims it — officers
 *   of one agency race for the same tasks.</li>
 * </ul>
 * A click that lands on "someone else claimed or finished it first" counts as a conflict; any other
 * failure (a status other than 200, a refused form) as an error. CPU time of the node and of its
 * database backends over the measured window comes from /proc (CpuMeter).
 */
final class DayInTheLife {

    static final String PASSWORD = "demo";
    private static final Pattern PLAN_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final List<String> CONFLICTS = List.of("trước bạn", "đã được xử lý xong", "người khác xử lý",
            "không còn giao cho bạn");
    /** A small PDF, as an officer's scanned product would be (the server checks the "%PDF" signature). */
    private static final byte[] PRODUCT_FILE = productFile();

    /** What one run measured. */
    record Result(String setup, String workload, Map<String, Latencies> actions, Latencies signIn, long operations, long errors,
                  long conflicts, int seconds, CpuMeter.Window cpu, long approved, int tasks) {
        double perSecond() {
            return operations / (double) seconds;
        }

        double cpuPerOperation() {
            return (cpu.applicationMillis() + cpu.databaseMillis()) / operations;
        }
    }

    private final int users;
    private final int seconds;
    private final int warmupSeconds;
    private final int thinkMs;
    private final int rows;
    private final List<String> agencies = new ArrayList<>(BenchmarkData.agencyNames().keySet());
    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final Latencies signIns = new Latencies(256);
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final Map<String, List<String>> officersByAgency = new ConcurrentHashMap<>();
    private final java.util.concurrent.CountDownLatch signedIn;
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long measureTo = Long.MAX_VALUE;
    private long planId;
    private volatile String load = "?";
    private Node node;

    DayInTheLife(boolean smoke) {
        this.users = Integer.getInteger("bench.b4-users", smoke ? 80 : 200);
        this.seconds = Integer.getInteger("bench.b4-seconds", smoke ? 10 : 60);
        // the JIT compiler works hardest in the first minute of a node's clicks; the full run lets it settle
        this.warmupSeconds = Integer.getInteger("bench.b4-warmup-seconds", smoke ? 3 : 30);
        this.thinkMs = Integer.getInteger("bench.b4-think-ms", 1000);
        this.rows = Integer.getInteger("bench.b4-rows", smoke ? 5 : 50);
        this.signedIn = new java.util.concurrent.CountDownLatch(users);
    }

    String describe() {
        return users + " người dùng (" + Math.min(users, agencies.size()) + " lãnh đạo, " + Math.max(0, users - agencies.size())
                + " chuyên viên) đăng nhập một lần qua trang đăng nhập rồi dùng các trang của Giao Việc (phiên, mã CSRF),"
                + " một luồng mỗi người, nghĩ 0–" + 2 * thinkMs + " ms trước mỗi lần bấm, đo " + seconds + " s, bắt đầu "
                + warmupSeconds + " s sau khi mọi người đã đăng nhập; 1 nút, Tomcat 200 luồng (mặc định)"
                + (load.equals("?") ? "" : "; tải trung bình của máy cuối lúc đo " + load + " trên " + Runtime.getRuntime().availableProcessors()
                + " lõi (gồm cả nút và 200 luồng của phép đo; xem Ghi chú về máy dùng chung)");
    }

    /**
     * One run on a fresh database: the node started by {@code start} (with its settings), the plan
     * imported, the officers created, then the morning; {@code prepare} runs on the database after start.
     */
    Result run(String setup, String nodeName, NodeBenchmarks bench, List<String> nodeArgs, java.util.function.Consumer<Database> prepare)
            throws Exception {
        int officers = Math.max(0, users - agencies.size());
        System.out.printf("%n== B4 một buổi sáng làm việc (%s): %s%n", setup, describe());
        Path directory = BenchmarkData.agencies(NodeBenchmarks.WORK.resolve("b4"));
        try (Database db = new Database("giaoviec_b4")) {
            node = bench.node(nodeName, 18083, db)
                    .env("GIAOVIEC_AGENCIES_LOCATION", "file:" + directory.toAbsolutePath())
                    .arg("--giaoviec.demo-data=true").args(nodeArgs);
            try {
                node.start();
                prepare.accept(db);
                int year = LocalDate.now().getYear() + 1;
                long importing = System.nanoTime();
                String plan = Api.importPlanJson(node, "mot-ngay.txt", BenchmarkData.plan("một ngày làm việc", year, rows,
                        i -> BenchmarkData.COLLECTIVE, i -> BenchmarkData.agencyNames().get(agencies.get(i % agencies.size())),
                        i -> "Quý IV/" + year));
                int tasks = Api.taskCount(plan);
                Matcher id = PLAN_ID.matcher(plan);
                planId = id.find() ? Long.parseLong(id.group(1)) : 0;
                Run.log("%d nhiệm vụ mở (chờ phân công) trong %.1f s", tasks, Run.seconds(importing));
                createOfficers(officers);

                CpuMeter cpu = new CpuMeter(node.pid(), db);
                ExecutorService threads = Executors.newFixedThreadPool(users);
                long start = System.nanoTime();
                for (int i = 0; i < users; i++) {
                    int n = i;
                    threads.submit(() -> simulate(n));
                }
                // everyone signs in once (not measured with the clicks: a burst of 200 sign-ins is not a morning)
                signedIn.await(300, TimeUnit.SECONDS);
                Run.log("%d người đã đăng nhập sau %.1f s", users, Run.seconds(start));
                measureTo = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds + seconds);
                measureFrom = measureTo - TimeUnit.SECONDS.toNanos(seconds);
                CpuMeter.Window used = measureCpu(cpu);
                threads.shutdown();
                threads.awaitTermination(seconds + warmupSeconds + 120, TimeUnit.SECONDS);
                long approved = db.count("select count(*) from task_register where status like 'DONE%'");
                Run.log("cơ sở dữ liệu sau buổi sáng: %d MiB cho %d nhiệm vụ (gồm lược đồ Camunda và chỉ mục)",
                        db.count("select pg_database_size(current_database())") / (1024 * 1024), tasks);
                errorSamples.forEach(e -> System.out.println("  lỗi: " + e));
                long operations = latencies.values().stream().mapToLong(Latencies::count).sum();
                Result result = new Result(setup, describe(), Map.copyOf(latencies), signIns, operations, errors.get(),
                        conflicts.get(), seconds, used, approved, tasks);
                bench.report().add("Bộ nhớ nút " + node.name + " (B4)", NodeBenchmarks.DATABASE, node.memory().toString(),
                        "đỉnh cả đời nút, gồm nhập kế hoạch");
                return result;
            } finally {
                node.stop();
            }
        }
    }

    /** Waits for the measured window, reading the CPU counters (and the machine's load) at its start and at its end. */
    private CpuMeter.Window measureCpu(CpuMeter cpu) {
        Run.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(measureFrom - System.nanoTime())));
        cpu.start();
        Run.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(measureTo - System.nanoTime())));
        load = loadAverage();
        return cpu.stop();
    }

    /** The one-minute load average at the end of the window (the node and the simulated people count in it too). */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
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
    }

    private void simulate(int n) {
        boolean leader = n < agencies.size();
        String agency = agencies.get(n % agencies.size());
        String user = leader ? agency + "-lanhdao" : officersByAgency.get(agency).get((n - agencies.size()) / agencies.size());
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Browser browser = new Browser(node.base());
        think(random);
        try {
            long start = System.nanoTime();
            Browser.Page inbox = browser.signIn(user, PASSWORD);
            if (!inbox.ok() || !inbox.path().startsWith("/giaoviec/hop-viec")) {
                error("đăng nhập " + user + " → " + inbox.status() + " " + inbox.path());
                return;
            }
            signIns.add(System.nanoTime() - start);
        } catch (RuntimeException e) {
            error("đăng nhập " + user + ": " + e.getMessage());
            return;
        } finally {
            signedIn.countDown();
        }
        while (System.nanoTime() < measureTo) {
            try {
                if (leader) {
                    leaderStep(browser, random);
                } else {
                    officerStep(browser, random);
                }
            } catch (RuntimeException e) {
                error("ngoại lệ " + e);
            }
        }
    }

    private void leaderStep(Browser browser, ThreadLocalRandom random) {
        if (planId > 0 && random.nextInt(5) == 0) {
            click("bảng tiến độ kế hoạch (lãnh đạo)", random, () -> browser.get("/giaoviec/ke-hoach/" + planId));
            return;
        }
        Browser.Page inbox = click("mở hộp việc (lãnh đạo)", random, () -> browser.get("/giaoviec/hop-viec"));
        Element row = pick(inbox, random, "Duyệt");
        if (row != null) {
            openAndComplete(browser, row, random);
        }
    }

    private void officerStep(Browser browser, ThreadLocalRandom random) {
        Browser.Page mine = click("mở việc của tôi (chuyên viên)", random, () -> browser.get("/giaoviec/hop-viec?ds=cua-toi"));
        Element first = pick(mine, random, null);
        if (first != null) {
            openAndComplete(browser, first, random);
            return;
        }
        Browser.Page unit = click("mở việc của đơn vị (chuyên viên)", random, () -> browser.get("/giaoviec/hop-viec?ds=cua-don-vi"));
        Element row = pick(unit, random, null);
        if (row == null) {
            return;
        }
        Browser.Page task = click("mở nhiệm vụ", random, () -> browser.get(link(row)));
        Element claim = task == null ? null : task.html().selectFirst("form[action$=/nhan-viec]");
        if (claim != null) {
            Browser.Page claimed = click("nhận việc", random, () -> browser.post(claim.attr("action"), Browser.hiddenFields(claim)));
            outcome("nhận việc", claimed);
        }
    }

    /** Opens a row's task, claims the work when it is still the unit's, then fills in and sends its form. */
    private void openAndComplete(Browser browser, Element row, ThreadLocalRandom random) {
        Browser.Page task = click("mở nhiệm vụ", random, () -> browser.get(link(row)));
        Element claim = task == null ? null : task.html().selectFirst("form[action$=/nhan-viec]");
        if (claim != null) {
            task = click("nhận việc", random, () -> browser.post(claim.attr("action"), Browser.hiddenFields(claim)));
            outcome("nhận việc", task);
        }
        Element form = task == null ? null : task.html().selectFirst("form.work");
        if (form == null) {
            return;
        }
        WorkForm filled = WorkForm.fill(form, random, PRODUCT_FILE);
        String kind = "hoàn thành: " + filled.kind();
        Browser.Page done = click(kind, random, () -> browser.postMultipart(form.attr("action"), filled.parts()));
        outcome(kind, done);
    }

    /** A row of the inbox page: the first whose step contains {@code preferred}, else a random one; null when none. */
    private static Element pick(Browser.Page inbox, ThreadLocalRandom random, String preferred) {
        if (inbox == null) {
            return null;
        }
        List<Element> rows = inbox.html().select("tr.work:has(td.title a)");
        if (rows.isEmpty()) {
            return null;
        }
        if (preferred != null) {
            for (Element row : rows) {
                if (row.select("td[data-label=Bước]").text().contains(preferred)) {
                    return row;
                }
            }
            return rows.get(random.nextInt(rows.size()));
        }
        return rows.get(0);
    }

    private static String link(Element row) {
        return row.selectFirst("td.title a").attr("href");
    }

    /** After a post: the page shows "someone was first" (a conflict), a refusal (an error), or the confirmation. */
    private void outcome(String kind, Browser.Page page) {
        if (page == null || !measured(System.nanoTime() - 1)) {
            return;
        }
        Element problem = page.html().selectFirst(".err");
        if (problem != null) {
            String text = problem.text();
            if (CONFLICTS.stream().anyMatch(text::contains)) {
                conflicts.incrementAndGet();
            } else {
                error(kind + ": " + text);
            }
        }
    }

    /**
     * One click: a think time, then the page (with its redirect), its latency recorded under
     * {@code kind} when it started inside the measured window; a status other than 200 is an error.
     */
    private Browser.Page click(String kind, ThreadLocalRandom random, Supplier<Browser.Page> request) {
        think(random);
        if (System.nanoTime() >= measureTo) {
            return null;
        }
        long start = System.nanoTime();
        Browser.Page page;
        try {
            page = request.get();
        } catch (RuntimeException e) {
            if (measured(start)) {
                error(kind + ": " + e.getMessage());
            }
            return null;
        }
        long end = System.nanoTime();
        if (measured(start)) {
            if (page.status() != 200) {
                error(kind + " → " + page.status() + " " + page.path() + " " + page.html().title());
                return null;
            }
            latencies.computeIfAbsent(kind, k -> new Latencies(1024)).add(end - start);
        }
        return page;
    }

    private boolean measured(long start) {
        return start >= measureFrom && start < measureTo;
    }

    private void error(String message) {
        errors.incrementAndGet();
        if (errorSamples.size() < 8) {
            errorSamples.add(message.length() > 300 ? message.substring(0, 300) : message);
        }
    }

    private void think(ThreadLocalRandom random) {
        Run.sleep(random.nextInt(2 * thinkMs + 1));
    }

    private static byte[] productFile() {
        byte[] file = new byte[64 * 1024];
        byte[] head = "%PDF-1.4\n% Ke hoach da ban hanh (B4)\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, file, 0, head.length);
        for (int i = head.length; i < file.length; i++) {
            file[i] = (byte) ('a' + i % 26);
        }
        return file;
    }
}
