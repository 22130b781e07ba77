package vn.giaoviec.notification;

import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.identity.Roles;
import vn.giaoviec.register.RegisterEntry;

/** Why a person receives a message, in words: their part in the task or report. */
@Component
class Reasons {

    private final AgencyDirectory directory;

    Reasons(AgencyDirectory directory) {
        this.directory = directory;
    }

    String why(Signal signal, Recipient recipient, RegisterEntry task) {
        String lead = task == null ? "" : directory.nameOf(task.leadAgency());
        return switch (recipient.audience()) {
            case LEAD_LEADERS -> "Bạn là lãnh đạo " + lead + ", cơ quan chủ trì nhiệm vụ.";
            case OFFICER -> "Bạn là chuyên viên được phân công xử lý nhiệm vụ.";
            case CHIEF -> "Bạn là Chánh Văn phòng UBND tỉnh, theo dõi, đôn đốc nhiệm vụ quá hạn và quyết định gia hạn.";
            case COORDINATOR_LEADERS -> "Bạn là lãnh đạo " + directory.nameOf(recipient.group()) + ", cơ quan phối hợp.";
            case REPORT_AGENCY_LEADERS -> "Bạn là lãnh đạo " + directory.nameOf(signal.report().agency())
                    + ", cơ quan phải nộp báo cáo.";
            case CANDIDATES -> candidate(signal, recipient.group());
            case OFFICER_OR_LEAD_LEADERS -> throw new IllegalArgumentException("resolved before");
        };
    }

    /** Why someone who may take the new user task hears of it: through which group, as whom. */
    private String candidate(Signal signal, String group) {
        if (group == null) {
            return signal.event() == NotificationEvent.ASSIGNED ? "Bạn là chuyên viên được phân công xử lý nhiệm vụ."
                    : "Việc này được giao cho bạn.";
        }
        if (signal.event() == NotificationEvent.COORDINATION_REQUESTED
                || signal.event() == NotificationEvent.CONTRIBUTION_REMINDER
                || signal.event() == NotificationEvent.CONTRIBUTION_DUE_DATE_CHANGED) {
            return "Bạn thuộc " + groupName(group) + ", cơ quan được đề nghị phối hợp.";
        }
        if (Roles.CHIEF_OF_OFFICE.equals(group)) {
            return "Bạn là Chánh Văn phòng UBND tỉnh; việc này chờ bạn xử lý.";
        }
        return group.endsWith(Agency.leaderGroupOf(""))
                ? "Bạn là " + groupName(group) + "; việc này chờ lãnh đạo cơ quan xử lý."
                : "Bạn thuộc " + groupName(group) + "; việc này chờ cơ quan xử lý.";
    }

    /** A Camunda group as people call it: an agency, its leaders, the Chánh Văn phòng. */
    String groupName(String groupId) {
        if (Roles.CHIEF_OF_OFFICE.equals(groupId)) {
            return "Chánh Văn phòng UBND tỉnh";
        }
        if (groupId.endsWith(Agency.leaderGroupOf(""))) {
            String agency = groupId.substring(0, groupId.length() - Agency.leaderGroupOf("").length());
            return directory.find(agency).map(a -> "lãnh đạo " + a.name()).orElse(groupId);
        }
        return directory.find(groupId).map(Agency::name).orElse(groupId);
    }
}
