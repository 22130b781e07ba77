package vn.giaoviec.bench.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * The settings a node runs with, as the report states them: read from the application.yaml and
 * application-postgres.yaml inside the jar (a "${ENV:default}" value counts as its default), then the
 * node arguments of the run ("--…key=value") on top.
 */
final class NodeSettings {

    private static final List<String> KEYS = List.of("history-level", "core-pool-size", "max-pool-size", "queue-capacity",
            "max-jobs-per-acquisition", "lock-time-in-millis", "wait-time-in-millis", "max-wait", "backoff-time-in-millis",
            "max-backoff", "jobExecutorAcquireByDueDate", "maximum-pool-size");

    private final Map<String, String> values = new LinkedHashMap<>();

    NodeSettings(Path jar, List<String> nodeArgs) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String file : List.of("application.yaml", "application-postgres.yaml")) {
                try (InputStream in = zip.getInputStream(zip.getEntry("BOOT-INF/classes/" + file))) {
                    read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        for (String arg : nodeArgs) {
            Matcher m = Pattern.compile("--(?:.*\\.)?([\\w-]+)=(.*)").matcher(arg);
            if (m.matches() && KEYS.contains(m.group(1))) {
                values.put(m.group(1), m.group(2));
            }
        }
    }

    private void read(String yaml) {
        for (String key : KEYS) {
            Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + ":\\s*(\\S+)").matcher(yaml);
            if (m.find()) {
                String value = m.group(1);
                Matcher env = Pattern.compile("\\$\\{\\w+:([^}]*)}").matcher(value);
                values.put(key, env.matches() ? env.group(1) : value);
            }
        }
    }

    String get(String key) {
        return values.getOrDefault(key, "?");
    }

    /** e.g. "lịch sử audit; job executor 5–10 luồng, hàng đợi 10, 10 job/lần lấy, khoá 120 s, chờ 2–15 s, lùi 50–200 ms, theo hạn; Hikari 30; -Xmx512m". */
    String describe() {
        return "lịch sử " + get("history-level") + "; job executor " + get("core-pool-size") + "–" + get("max-pool-size")
                + " luồng, hàng đợi " + get("queue-capacity") + ", " + get("max-jobs-per-acquisition") + " job/lần lấy, khoá "
                + Long.parseLong(get("lock-time-in-millis")) / 1000 + " s, chờ " + get("wait-time-in-millis") + "–" + get("max-wait")
                + " ms, lùi " + get("backoff-time-in-millis") + "–" + get("max-backoff") + " ms, lấy theo hạn "
                + get("jobExecutorAcquireByDueDate") + "; Hikari " + get("maximum-pool-size") + " kết nối/nút; " + Node.HEAP;
    }
}
