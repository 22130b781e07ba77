package vn.giaoviec.web;

/**
 * The Vietnamese error texts shown where Spring's error page cannot be: by Tomcat's error valve for
 * URLs refused before any servlet, and by the upload limit before any filter reads the body.
 */
final class ErrorTexts {

    private ErrorTexts() {
    }

    /** Paths whose clients are programs: they get JSON ({"error": "…"}), never a page. */
    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/engine-rest/")
                || path.equals("/engine-rest");
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Địa chỉ trang không hợp lệ";
            case 403 -> "Bạn không có quyền xem trang này";
            case 404 -> "Không tìm thấy trang hoặc nhiệm vụ";
            case 405 -> "Trang này không nhận yêu cầu kiểu này";
            case 413 -> "Tệp hoặc dữ liệu gửi lên quá lớn";
            default -> status >= 500 ? "Đã có lỗi xảy ra" : "Yêu cầu không hợp lệ";
        };
    }

    /** For an API client: the page title, phrased for a request. */
    static String apiMessage(int status) {
        return status == 400 ? "Địa chỉ không hợp lệ (ký tự bị cấm hoặc mã %-hoá sai trong đường dẫn)" : title(status);
    }

    static String json(String message) {
        StringBuilder out = new StringBuilder("{\"error\":\"");
        for (char c : message.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append("\"}").toString();
    }

    /** A page in the look of templates/error.html, self-contained: the valve renders it outside Spring. */
    static String page(int status) {
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n  <meta charset=\"UTF-8\">\n"
                + "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "  <title>Lỗi — Giao Việc</title>\n  <link rel=\"stylesheet\" href=\"/css/giaoviec.css\">\n</head>\n<body>\n"
                + "<header class=\"top\"><a class=\"brand\" href=\"/giaoviec/hop-viec\">Giao Việc</a></header>\n<main>\n"
                + "  <h1>" + title(status) + "</h1>\n"
                + "  <p class=\"muted\">Mã lỗi " + status + ". Hãy kiểm tra lại địa chỉ trang; nếu lỗi lặp lại, hãy báo quản"
                + " trị viên kèm thời điểm xảy ra.</p>\n"
                + "  <p><a href=\"/giaoviec/hop-viec\">Về hộp việc</a></p>\n</main>\n</body>\n</html>\n";
    }
}
