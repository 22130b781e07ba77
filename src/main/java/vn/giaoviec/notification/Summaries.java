package vn.giaoviec.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.register.RegisterEntry;

/**
 * A plan import gives an agency's leaders dozens of new tasks at once: past {@link #MAX_SINGLE} in one
 * transaction they get one message listing them (the first {@link #LISTED}, with their due dates) and
 * linking to their agency's tasks in the plan, instead of one message each.
 */
@Component
class Summaries {

    static final int MAX_SINGLE = 3;
    static final int LISTED = 10;

    private final AgencyDirectory directory;

    Summaries(AgencyDirectory directory) {
        this.directory = directory;
    }

    List<Composer.Outgoing> collapseNewTasks(List<Composer.Outgoing> outgoing, Map<String, RegisterEntry> tasks) {
        Map<String, List<Composer.Outgoing>> newTasks = new LinkedHashMap<>();
        outgoing.stream().filter(o -> o.message().event() == NotificationEvent.NEW_TASK)
                .forEach(o -> newTasks.computeIfAbsent(o.person().userId(), k -> new ArrayList<>()).add(o));
        if (newTasks.values().stream().noneMatch(list -> list.size() > MAX_SINGLE)) {
            return outgoing;
        }
        List<Composer.Outgoing> result = new ArrayList<>();
        for (Composer.Outgoing o : outgoing) {
            List<Composer.Outgoing> mine = newTasks.get(o.person().userId());
            if (o.message().event() != NotificationEvent.NEW_TASK || mine.size() <= MAX_SINGLE) {
                result.add(o);
            } else if (mine.get(0) == o) {
                result.add(new Composer.Outgoing(o.person(), summary(mine, tasks)));
            }
        }
        return result;
    }

    private Message summary(List<Composer.Outgoing> mine, Map<String, RegisterEntry> tasks) {
        List<RegisterEntry> entries = mine.stream().map(o -> tasks.get(o.message().taskCode())).toList();
        RegisterEntry first = entries.get(0);
        String agency = directory.nameOf(first.leadAgency());
        List<Message.Fact> facts = new ArrayList<>();
        entries.stream().limit(LISTED).forEach(t -> facts.add(new Message.Fact(t.taskCode(),
                Messages.shorten(t.title()) + " (hạn " + Messages.day(t.dueDate()) + ")")));
        if (entries.size() > LISTED) {
            facts.add(new Message.Fact("Và", (entries.size() - LISTED) + " nhiệm vụ khác"));
        }
        boolean onePlan = entries.stream().allMatch(t -> Objects.equals(t.planId(), first.planId()));
        String link = onePlan && first.planId() != null
                ? "/giaoviec/ke-hoach/" + first.planId() + "?agency=" + first.leadAgency() : Messages.TASKLIST;
        return new Message(NotificationEvent.NEW_TASK, null, entries.size() + " nhiệm vụ mới giao cho " + agency,
                agency + " được giao chủ trì " + entries.size() + " nhiệm vụ mới. Lãnh đạo cơ quan phân công"
                        + " chuyên viên xử lý từng nhiệm vụ.", facts, mine.get(0).message().why(),
                "Xem các nhiệm vụ", link);
    }
}
