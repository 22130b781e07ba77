package vn.giaoviec.notification.mail;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.giaoviec.notification.Message;
import vn.giaoviec.notification.NotificationProperties;

/**
 * The HTML part of e-mails, from Thymeleaf templates (templates/notification/*.html): everything
 * imported or typed by people is escaped there. The plain-text part is {@link Message#text}.
 */
@Component
public class MailRenderer {

    static final String PREFERENCES_PAGE = "/giaoviec/thong-bao/cai-dat";

    private final ITemplateEngine templates;
    private final String baseUrl;

    public MailRenderer(ITemplateEngine templates, NotificationProperties properties) {
        this.templates = templates;
        this.baseUrl = properties.baseUrl();
    }

    public String html(Message message) {
        return render("notification/mail", Map.of("m", message, "url", baseUrl + message.link()));
    }

    /** Any other mail template (the daily digest) with its variables; {@code base} and {@code preferences} are added. */
    public String render(String template, Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.forLanguageTag("vi-VN"), variables);
        context.setVariable("base", baseUrl);
        context.setVariable("preferences", baseUrl + PREFERENCES_PAGE);
        return templates.process(template, context);
    }
}
