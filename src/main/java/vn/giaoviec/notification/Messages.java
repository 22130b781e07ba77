package vn.giaoviec.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.calendar.WorkingDayCalendar;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TransitionKind;

/**
 * The words of each message, in Vietnamese: what happened, to which task (code, title, due date
 * dd/mm/yyyy) or report, why this person hears of it and where to act. Imported titles are plain
 * text here; the e-mail template escapes them.
 */
@Component
class Messages {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String TASK_PAGE = "/giaoviec/nhiem-vu/";
    static final String TASKLIST = "/camunda/app/tasklist/default/";

    private final AgencyDirectory directory;
    private final Reasons reasons;
    private final ProvinceClock clock;
    private final WorkingDayCalendar calendar;

    Messages(AgencyDirectory directory, Reasons reasons, ProvinceClock clock, WorkingDayCalendar calendar) {
        this.directory = directory;
        this.reasons = reasons;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The message about a plan task; {@code actor} is the name of whoever made the change. */
    Message aboutTask(Signal signal, RegisterEntry task, Recipient recipient, String actor) {
        String code = task.taskCode();
        String due = day(task.dueDate());
        String note = plain(signal.note());
        String who = actor == null ? "Hệ thống" : actor;
        String[] text = switch (signal.event()) {
            case NEW_TASK -> new String[] {"Nhiệm vụ mới " + code,
                    directory.nameOf(task.leadAgency()) + " được giao chủ trì nhiệm vụ " + code + ", hạn hoàn thành "
                            + due + ". Lãnh đạo cơ quan phân công chuyên viên xử lý.", "Phân công xử lý"};
            case ASSIGNED -> new String[] {"Bạn được phân công xử lý nhiệm vụ " + code,
                    who + " đã phân công bạn xử lý nhiệm vụ " + code + ", hạn hoàn thành " + due + ".",
                    "Xử lý và nộp sản phẩm"};
            case COORDINATION_REQUESTED -> new String[] {"Đề nghị phối hợp thực hiện nhiệm vụ " + code,
                    directory.nameOf(task.leadAgency()) + " đề nghị " + reasons.groupName(recipient.group())
                            + " gửi ý kiến phối hợp trước ngày " + day(signal.dueDate()) + ".", "Gửi ý kiến phối hợp"};
            case CONTRIBUTION_RECEIVED -> new String[] {"Ý kiến phối hợp cho nhiệm vụ " + code,
                    "Đã nhận ý kiến phối hợp của " + note + ".", "Xem ý kiến phối hợp"};
            case CONTRIBUTION_REMINDER -> new String[] {"Nhắc hạn gửi ý kiến phối hợp: nhiệm vụ " + code,
                    directory.nameOf(task.leadAgency()) + " chờ ý kiến phối hợp của cơ quan bạn đến hết ngày "
                            + day(signal.dueDate()) + ".", "Gửi ý kiến phối hợp"};
            case CONTRIBUTION_DUE_DATE_CHANGED -> new String[] {"Hạn gửi ý kiến phối hợp mới: nhiệm vụ " + code,
                    who + " (" + directory.nameOf(task.leadAgency()) + ") đổi hạn gửi ý kiến phối hợp của cơ quan bạn"
                            + " thành hết ngày " + day(signal.dueDate()) + ".", "Gửi ý kiến phối hợp"};
            case CONTRIBUTION_OVERDUE -> new String[] {"Quá hạn gửi ý kiến phối hợp: nhiệm vụ " + code,
                    note + ". Lãnh đạo cơ quan chủ trì đôn đốc cơ quan phối hợp, hoặc kết thúc lấy ý kiến phối hợp.",
                    "Mở nhiệm vụ"};
            case PRODUCT_SUBMITTED -> new String[] {"Sản phẩm chờ duyệt: nhiệm vụ " + code,
                    who + " đã nộp sản phẩm" + (note.isEmpty() ? "" : ": " + note) + ".", "Duyệt sản phẩm"};
            case PRODUCT_RETURNED -> new String[] {"Sản phẩm bị trả lại: nhiệm vụ " + code,
                    who + " trả lại sản phẩm để hoàn thiện. Lý do: " + note, "Hoàn thiện và nộp lại"};
            case REMINDER -> new String[] {"Nhắc hạn: nhiệm vụ " + code + " đến hạn ngày " + due,
                    "Nhiệm vụ " + code + " đến hạn hoàn thành ngày " + due + " (còn " + workingDaysLeft(task.dueDate())
                            + " ngày làm việc).", "Mở nhiệm vụ"};
            case OVERDUE -> new String[] {"Quá hạn: nhiệm vụ " + code + " (lần " + task.escalationCount() + ")",
                    "Nhiệm vụ " + code + " đã quá hạn hoàn thành (" + due + ") và được chuyển Chánh Văn phòng"
                            + " lần thứ " + task.escalationCount() + ".",
                    recipient.audience() == Audience.CHIEF ? "Xử lý nhiệm vụ quá hạn" : "Mở nhiệm vụ"};
            case URGED -> new String[] {"Đôn đốc: nhiệm vụ " + code,
                    who + " đôn đốc thực hiện nhiệm vụ quá hạn" + (note.isEmpty() ? "." : ": " + note), "Mở nhiệm vụ"};
            case EXPLANATION_REQUESTED -> new String[] {"Yêu cầu giải trình: nhiệm vụ " + code,
                    who + " yêu cầu " + directory.nameOf(task.leadAgency()) + " giải trình việc chậm tiến độ.",
                    "Giải trình"};
            case EXTENSION_REQUESTED -> new String[] {"Đề nghị gia hạn nhiệm vụ " + code,
                    who + " (" + directory.nameOf(task.leadAgency()) + ") đề nghị gia hạn đến " + requested(note),
                    "Quyết định gia hạn"};
            case EXTENSION_DECIDED -> signal.transition() == TransitionKind.EXTENSION_REFUSED
                    ? new String[] {"Không đồng ý gia hạn nhiệm vụ " + code, who + " không đồng ý gia hạn; thời hạn vẫn là "
                            + due + "." + (note.isEmpty() ? "" : " Ý kiến: " + note), "Mở nhiệm vụ"}
                    : new String[] {"Thời hạn mới của nhiệm vụ " + code + ": " + due,
                            who + " quyết định thời hạn mới của nhiệm vụ là " + due + decision(note), "Mở nhiệm vụ"};
            case WITHDRAWN -> new String[] {"Nhiệm vụ " + code + " đã bị thu hồi",
                    who + " thu hồi nhiệm vụ " + code + ". Lý do: " + note, "Xem nhiệm vụ"};
            default -> throw new IllegalArgumentException(signal.event().name());
        };
        List<Message.Fact> facts = new ArrayList<>();
        facts.add(new Message.Fact("Nhiệm vụ", code + " — " + task.title()));
        facts.add(new Message.Fact("Cơ quan chủ trì", directory.nameOf(task.leadAgency())));
        facts.add(new Message.Fact("Thời hạn", due));
        if (signal.event() == NotificationEvent.COORDINATION_REQUESTED
                || signal.event() == NotificationEvent.CONTRIBUTION_REMINDER
                || signal.event() == NotificationEvent.CONTRIBUTION_DUE_DATE_CHANGED) {
            facts.add(new Message.Fact("Hạn gửi ý kiến phối hợp", day(signal.dueDate())));
        }
        return new Message(signal.event(), code, text[0] + " — " + shorten(task.title()), text[1], facts,
                reasons.why(signal, recipient, task), text[2], TASK_PAGE + code);
    }

    /** The message about a periodic report. */
    Message aboutReport(Signal signal, Recipient recipient) {
        Signal.ReportFacts report = signal.report();
        String period = report.periodName();
        String agency = report.agency() == null ? "" : directory.nameOf(report.agency());
        String due = day(report.dueDate());
        String[] text = switch (signal.event()) {
            case REPORT_DUE -> new String[] {"Đến kỳ báo cáo CCHC " + period + ": hạn nộp " + due,
                    agency + " lập báo cáo kết quả cải cách hành chính kỳ " + period + ", hạn nộp ngày " + due + ".",
                    "Lập báo cáo"};
            case REPORT_TO_APPROVE -> new String[] {"Báo cáo CCHC " + period + " chờ duyệt",
                    "Báo cáo CCHC kỳ " + period + " của " + agency + " đã lập, chờ lãnh đạo duyệt (hạn nộp " + due + ").",
                    "Duyệt báo cáo"};
            case REPORT_LATE -> new String[] {"Báo cáo CCHC " + period + " của " + agency + " chậm hạn",
                    agency + " chưa nộp báo cáo CCHC kỳ " + period + " (hạn " + due + "); Chánh Văn phòng đôn đốc.",
                    recipient.audience() == Audience.CANDIDATES ? "Đôn đốc báo cáo" : "Lập và nộp báo cáo"};
            case REPORT_TO_COMPILE -> new String[] {"Tổng hợp báo cáo CCHC " + period + " của tỉnh",
                    "Đã đến lúc tổng hợp báo cáo cải cách hành chính kỳ " + period + " của tỉnh (hạn nộp của các cơ quan "
                            + due + ").", "Tổng hợp báo cáo"};
            case REPORT_COMPILED -> new String[] {"Báo cáo CCHC " + period + " của tỉnh đã tổng hợp",
                    "Báo cáo cải cách hành chính kỳ " + period + " của tỉnh đã được tổng hợp, chờ tiếp nhận.",
                    "Tiếp nhận báo cáo"};
            default -> throw new IllegalArgumentException(signal.event().name());
        };
        List<Message.Fact> facts = new ArrayList<>();
        facts.add(new Message.Fact("Kỳ báo cáo", period));
        if (!agency.isEmpty()) {
            facts.add(new Message.Fact("Cơ quan báo cáo", agency));
        }
        facts.add(new Message.Fact("Hạn nộp", due));
        String link = recipient.audience() == Audience.CANDIDATES ? signal.link() : TASKLIST;
        return new Message(signal.event(), null, text[0], text[1], facts, reasons.why(signal, recipient, null), text[2],
                link);
    }

    private long workingDaysLeft(LocalDate due) {
        LocalDate today = clock.today();
        return due == null || !due.isAfter(today) ? 0 : calendar.workingDaysBetween(today, due);
    }

    /** "01/05/2030 — lý do" as the register notes a request: the date, then the reason. */
    private static String requested(String note) {
        int dash = note.indexOf(" — ");
        return dash < 0 ? note + "." : note.substring(0, dash) + ". Lý do: " + note.substring(dash + 3).strip();
    }

    /** The decision's note after the new date the register put first ("2030-05-01 — lý do"). */
    private static String decision(String note) {
        int dash = note.indexOf(" — ");
        String rest = dash < 0 ? "" : note.substring(dash + 3).strip();
        return rest.isEmpty() ? "." : ". Ý kiến: " + rest;
    }

    static String day(LocalDate date) {
        return date == null ? "chưa có" : DAY.format(date);
    }

    /** A note as written, with any ISO date the register put in it shown as dd/mm/yyyy. */
    static String plain(String note) {
        return note == null ? "" : note.strip().replaceAll("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", "$3/$2/$1");
    }

    static String shorten(String title) {
        String line = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        return line.length() <= 90 ? line : line.substring(0, 89).strip() + "…";
    }
}
