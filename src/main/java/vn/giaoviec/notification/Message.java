package vn.giaoviec.notification;

import java.util.List;

/**
 * What one person is told: what happened ({@code what}), which task or report ({@code facts}: code,
 * title, due date …), why they receive it, and where to act ({@code link}, relative to the site).
 */
public record Message(NotificationEvent event, String taskCode, String subject, String what, List<Fact> facts,
                      String why, String action, String link) {

    /** One labelled line: "Thời hạn: 29/03/2030". */
    public record Fact(String label, String value) {
    }

    /** The message as the in-app list shows it: what, the facts, why (the link is the list item's). */
    public String inApp() {
        StringBuilder text = new StringBuilder(what).append('\n');
        facts.forEach(f -> text.append(f.label()).append(": ").append(f.value()).append('\n'));
        return text.append(why).toString();
    }

    /** A text message (SMS, Zalo): the subject and the link. */
    public String shortText(String baseUrl) {
        return subject + ". " + action + ": " + baseUrl + link;
    }

    /** The message as plain text, the link made absolute with {@code baseUrl}. */
    public String text(String baseUrl) {
        StringBuilder text = new StringBuilder(what).append("\n\n");
        facts.forEach(f -> text.append(f.label()).append(": ").append(f.value()).append('\n'));
        return text.append('\n').append("Vì sao bạn nhận được thông báo này: ").append(why).append('\n')
                .append(action).append(": ").append(baseUrl).append(link).append('\n').toString();
    }
}
