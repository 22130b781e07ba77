package vn.giaoviec.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.giaoviec.register.TransitionKind;

/**
 * Something that happened and is told when its transaction commits: the event (and the register
 * transition it came from, if any), the plan task ({@code taskCode}) or periodic report ({@code report})
 * it is about, who must hear of it, who did it and what they wrote. {@code dueDate} is the date the
 * message names when it is not the task's own (a coordination request's); {@code link} where to act
 * when it is not the task's page.
 */
record Signal(NotificationEvent event, TransitionKind transition, String taskCode, ReportFacts report,
              List<Audience> audiences, Candidates candidates, String actor, String note, LocalDate dueDate,
              String link) {

    static Signal task(NotificationEvent event, TransitionKind transition, String taskCode, String actor, String note,
                       Audience... audiences) {
        return new Signal(event, transition, taskCode, null, List.of(audiences), Candidates.NONE, actor, note, null, null);
    }

    /** Who may take a user task: candidate groups and users (the assignee among them). */
    record Candidates(Set<String> groups, Set<String> users) {
        static final Candidates NONE = new Candidates(Set.of(), Set.of());
    }

    /** One agency's periodic report (agency null: the province's compiled report) for one period of a plan. */
    record ReportFacts(long planId, String periodName, String agency, LocalDate dueDate) {
    }
}
