package vn.giaoviec.notification.mail;

import org.springframework.web.util.HtmlUtils;
import vn.giaoviec.notification.Message;

/**
 * The HTML part of a notification e-mail, written directly: it is made in the transaction of the change
 * it reports (an escalation burst makes thousands), and through the template engine it cost a quarter
 * of the job executor's time (B3 profile). Every value is escaped; the digest, sent once a day, keeps
 * its Thymeleaf template.
 */
final class MailHtml {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
              <meta charset="UTF-8">
              <title>%1$s</title>
            </head>
            <body style="margin:0;padding:16px;background:#f5f5f5;font-family:Arial,Helvetica,sans-serif;color:#222;font-size:15px;">
            <div style="max-width:640px;margin:0 auto;background:#fff;border:1px solid #ddd;">
              <div style="background:#b5152b;color:#fff;padding:10px 16px;font-weight:bold;">Giao Việc</div>
              <div style="padding:16px;">
                <p style="margin-top:0;">%2$s</p>
                <table style="border-collapse:collapse;width:100%%;margin:12px 0;">
            %3$s    </table>
                <p><a href="%4$s"
                      style="display:inline-block;background:#b5152b;color:#fff;padding:10px 16px;text-decoration:none;border-radius:3px;">%5$s</a></p>
                <p style="color:#666;font-size:13px;">Vì sao bạn nhận được thư này: %6$s</p>
                <p style="color:#666;font-size:13px;">Chọn loại thông báo nhận qua thư: <a href="%7$s">%7$s</a></p>
              </div>
            </div>
            </body>
            </html>
            """;

    private static final String FACT = """
                  <tr>
                    <th style="text-align:left;vertical-align:top;padding:4px 8px 4px 0;color:#555;white-space:nowrap;font-weight:normal;">%s</th>
                    <td style="padding:4px 0;">%s</td>
                  </tr>
            """;

    private MailHtml() {
    }

    static String of(Message message, String url, String preferences) {
        StringBuilder facts = new StringBuilder();
        message.facts().forEach(f -> facts.append(FACT.formatted(escape(f.label()), escape(f.value()))));
        return PAGE.formatted(escape(message.subject()), escape(message.what()), facts, escape(url),
                escape(message.action()), escape(message.why()), escape(preferences));
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
