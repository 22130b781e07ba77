package vn.giaoviec.notification.digest;

import java.util.List;

/**
 * One person's daily digest: per agency, the tasks falling due this week, the overdue ones and those
 * waiting for them (a product to review; for the Chánh Văn phòng, escalations and extension requests).
 * Each list holds at most {@link #LISTED} lines; {@code count} says how many there are. Public for the
 * mail template, which reads it.
 */
public record Digest(String personName, String day, List<Section> sections) {

    static final int LISTED = 10;

    public record Line(String code, String title, String due, String link) {
    }

    public record Part(String heading, int count, List<Line> lines) {
        public boolean more() {
            return count > lines.size();
        }
    }

    public record Section(String agency, List<Part> parts) {
    }

    boolean isEmpty() {
        return sections.isEmpty();
    }

    int count(String heading) {
        return sections.stream().flatMap(s -> s.parts().stream()).filter(p -> p.heading().equals(heading))
                .mapToInt(Part::count).sum();
    }

    String text(String baseUrl, String preferences) {
        StringBuilder text = new StringBuilder("Bản tin Giao Việc ngày " + day + " gửi " + personName + ".\n");
        for (Section section : sections) {
            text.append("\n== ").append(section.agency()).append(" ==\n");
            for (Part part : section.parts()) {
                text.append(part.heading()).append(" (").append(part.count()).append("):\n");
                part.lines().forEach(l -> text.append("- ").append(l.code()).append(" — ").append(l.title())
                        .append(" (hạn ").append(l.due()).append("): ").append(baseUrl).append(l.link()).append('\n'));
                if (part.more()) {
                    text.append("- … và ").append(part.count() - part.lines().size()).append(" nhiệm vụ khác\n");
                }
            }
        }
        return text.append("\nThôi nhận bản tin hằng ngày: ").append(preferences).append('\n').toString();
    }
}
