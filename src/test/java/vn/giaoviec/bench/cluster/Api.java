package vn.giaoviec.bench.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP Basic calls to a node. */
final class Api {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String ADMIN = "quantri";
    static final String ADMIN_PASSWORD = "cum-" + Long.toHexString(new SecureRandom().nextLong());

    private Api() {
    }

    static HttpResponse<byte[]> call(String method, String url, String user, String password, String contentType,
                                     HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300))
                .header("Authorization", basic(user, password))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String json(String method, String url, String user, String password, String json, int expected) {
        HttpResponse<byte[]> response = call(method, url, user, password, "application/json",
                json == null ? null : HttpRequest.BodyPublishers.ofString(json));
        return expect(method + " " + url, response, expected);
    }

    static String admin(String method, String url, String json, int expected) {
        return json(method, url, ADMIN, ADMIN_PASSWORD, json, expected);
    }

    private static String expect(String what, HttpResponse<byte[]> response, int expected) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(what + " → " + response.statusCode() + " " + body);
        }
        return body;
    }

    /** One task through POST /api/tasks. */
    static void issue(Node node, String code, String lead, String dueDate) {
        admin("POST", node.base() + "/api/tasks", "{\"taskCode\":\"" + code + "\",\"title\":\"Nhiệm vụ thử " + code
                + "\",\"section\":\"I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\",\"leadAgency\":\"" + lead
                + "\",\"coordinatingAgencies\":[],\"expectedProduct\":\"Báo cáo\",\"deadlineText\":\"" + dueDate
                + "\",\"dueDate\":\"" + dueDate + "\"}", 201);
    }

    private static final Pattern TASK_COUNT = Pattern.compile("\"taskCount\"\\s*:\\s*(\\d+)");

    /** A plan file through POST /api/plans (preview and commit in one): the number of tasks it started. */
    static int importPlan(Node node, String fileName, byte[] plan) {
        return taskCount(importPlanJson(node, fileName, plan));
    }

    /** A plan file through POST /api/plans: the answer (the plan, its id and task count). */
    static String importPlanJson(Node node, String fileName, byte[] plan) {
        String boundary = "----giaoviec" + Long.toHexString(System.nanoTime());
        return expect("POST /api/plans " + fileName, call("POST", node.base() + "/api/plans", ADMIN, ADMIN_PASSWORD,
                "multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofByteArray(
                        multipart(boundary, fileName, "text/plain", plan))), 201);
    }

    static int taskCount(String planJson) {
        Matcher count = TASK_COUNT.matcher(planJson);
        if (!count.find()) {
            throw new IllegalStateException("không thấy taskCount trong " + planJson);
        }
        return Integer.parseInt(count.group(1));
    }

    /** A multipart/form-data body with one file in the field "file". */
    static byte[] multipart(String boundary, String fileName, String contentType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Suspends (or activates) the lifecycle's job definitions and all their jobs in one call. */
    static void suspendLifecycleJobs(Node node, boolean suspended) {
        admin("PUT", node.base() + "/engine-rest/job-definition/suspended",
                "{\"processDefinitionKey\":\"planTask\",\"suspended\":" + suspended + ",\"includeJobs\":true}", 204);
    }
}
