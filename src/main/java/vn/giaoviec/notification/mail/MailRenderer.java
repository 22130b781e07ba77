package vn.giaoviec.notification.mail;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.giaoviec.notification.Message;
import vn.giaoviec.notification.NotificationProperties;

/**
 * The HTML part of e-mails: a notification's is written by {@link MailHtml}, the daily digest's comes
 * from its Thymeleaf template (templates/notification/digest-mail.html); everything imported or typed
 * by people is escaped in both. The plain-text part is {@link Message#text}.
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
        return MailHtml.of(message, baseUrl + message.link(), baseUrl + PREFERENCES_PAGE);
    }

    /** Any other mail template (the daily digest) with its variables; {@code base} and {@code preferences} are added. */
    public String render(String template, Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.forLanguageTag("vi-VN"), variables);
        context.setVariable("base", baseUrl);
        context.setVariable("preferences", baseUrl + PREFERENCES_PAGE);
        return templates.process(template, context);
    }
}
