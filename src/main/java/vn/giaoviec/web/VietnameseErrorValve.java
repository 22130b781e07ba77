package vn.giaoviec.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report for what never reaches Spring: URLs the connector refuses (an encoded slash
 * "%2f", a broken "%zz", a NUL) and errors outside any servlet. Instead of Tomcat's English
 * "HTTP Status 400 – Bad Request" page: a Vietnamese page, or JSON under /api and /engine-rest.
 * Errors Spring handles never get here (their response is already reported).
 */
public class VietnameseErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String uri = request.getCoyoteRequest().requestURI().toString();
        boolean api = ErrorTexts.isApi(uri == null ? "" : uri);
        try {
            response.setContentType(api ? "application/json" : "text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? ErrorTexts.json(ErrorTexts.apiMessage(status)) : ErrorTexts.page(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone: nothing more to tell it
        }
    }
}
