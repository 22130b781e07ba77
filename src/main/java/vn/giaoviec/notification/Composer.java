package vn.giaoviec.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskRegister;

/**
 * Turns one transaction's signals into messages, person by person: the audiences resolved to people,
 * less whoever made the change and anyone {@link AccessPolicy} would not show the task or report to;
 * one message per person, event and task. The register and the officers are read once for all signals.
 */
@Component
class Composer {

    private final TaskRegister register;
    private final HistoryService history;
    private final Recipients recipients;
    private final Messages messages;
    private final AccessPolicy policy;
    private final NotificationPeople people;
    private final Summaries summaries;

    Composer(TaskRegister register, HistoryService history, Recipients recipients, Messages messages,
             AccessPolicy policy, NotificationPeople people, Summaries summaries) {
        this.register = register;
        this.history = history;
        this.recipients = recipients;
        this.messages = messages;
        this.policy = policy;
        this.people = people;
        this.summaries = summaries;
    }

    /** A message for a person, ready to be stored and sent. */
    record Outgoing(Person person, Message message) {
    }

    List<Outgoing> compose(List<Signal> signals) {
        Map<String, RegisterEntry> tasks = register.findAll(signals.stream().map(Signal::taskCode)
                .filter(code -> code != null).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(RegisterEntry::taskCode, Function.identity()));
        Map<String, String> officers = officers(signals, tasks);
        List<Outgoing> outgoing = new ArrayList<>();
        Set<String> told = new HashSet<>();
        for (Signal signal : signals) {
            RegisterEntry task = signal.taskCode() == null ? null : tasks.get(signal.taskCode());
            if (signal.taskCode() != null && task == null) {
                continue; // not a registered plan task
            }
            String officer = task == null ? null : officers.get(task.processInstanceId());
            String actor = signal.actor() == null ? null : people.nameOf(signal.actor());
            for (Recipient recipient : recipients.of(signal, task, officer)) {
                Person person = recipient.person();
                if (person.userId().equals(signal.actor()) || !maySee(person, signal, task)
                        || !told.add(person.userId() + "|" + signal.event() + "|" + subjectOf(signal))) {
                    continue;
                }
                outgoing.add(new Outgoing(person, task != null ? messages.aboutTask(signal, task, recipient, actor)
                        : messages.aboutReport(signal, recipient)));
            }
        }
        return summaries.collapseNewTasks(outgoing, tasks);
    }

    /** Nobody hears a word about a task or report they may not see, whatever group they were reached through. */
    private boolean maySee(Person person, Signal signal, RegisterEntry task) {
        if (task != null) {
            return policy.canSee(person.access(), task.leadAgency(), task.coordinatingAgencies());
        }
        String agency = signal.report().agency();
        return agency == null ? policy.seesWholeProvince(person.access())
                : policy.canSee(person.access(), agency, List.of());
    }

    private static String subjectOf(Signal signal) {
        return signal.taskCode() != null ? signal.taskCode()
                : signal.report().planId() + "/" + signal.report().periodName() + "/" + signal.report().agency();
    }

    /** The officer of each task whose signals may go to its officer, from the process history (ended ones too). */
    private Map<String, String> officers(List<Signal> signals, Map<String, RegisterEntry> tasks) {
        Set<String> instances = signals.stream().filter(Composer::mayReachOfficer).map(s -> tasks.get(s.taskCode()))
                .filter(t -> t != null && t.processInstanceId() != null).map(RegisterEntry::processInstanceId)
                .collect(Collectors.toSet());
        Map<String, String> officers = new HashMap<>();
        for (List<String> part : chunks(instances)) {
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(part.toArray(String[]::new)).variableName(PlanTaskProcess.Var.OFFICER).list()) {
                if (variable.getValue() instanceof String officer && !officer.isBlank()) {
                    officers.put(variable.getProcessInstanceId(), officer);
                }
            }
        }
        return officers;
    }

    private static boolean mayReachOfficer(Signal signal) {
        return signal.taskCode() != null && (signal.audiences().contains(Audience.OFFICER)
                || signal.audiences().contains(Audience.OFFICER_OR_LEAD_LEADERS));
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 500)));
        }
        return chunks;
    }
}
