package vn.giaoviec.notification;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.identity.Roles;
import vn.giaoviec.register.RegisterEntry;

/** Who a signal's audiences are, as people: group members from the identity service, the officer by id. */
@Component
class Recipients {

    private final NotificationPeople people;

    Recipients(NotificationPeople people) {
        this.people = people;
    }

    /** {@code task} is null for a report; {@code officer} the task's officer, null before assignment. */
    List<Recipient> of(Signal signal, RegisterEntry task, String officer) {
        List<Recipient> recipients = new ArrayList<>();
        for (Audience audience : signal.audiences()) {
            switch (audience) {
                case LEAD_LEADERS -> group(recipients, audience, Agency.leaderGroupOf(task.leadAgency()), null);
                case OFFICER -> user(recipients, audience, officer, null);
                case OFFICER_OR_LEAD_LEADERS -> {
                    if (officer != null) {
                        user(recipients, Audience.OFFICER, officer, null);
                    } else {
                        group(recipients, Audience.LEAD_LEADERS, Agency.leaderGroupOf(task.leadAgency()), null);
                    }
                }
                case CHIEF -> group(recipients, audience, Roles.CHIEF_OF_OFFICE, null);
                case COORDINATOR_LEADERS -> task.coordinatingAgencies().forEach(agency ->
                        group(recipients, audience, Agency.leaderGroupOf(agency), agency));
                case REPORT_AGENCY_LEADERS -> group(recipients, audience,
                        Agency.leaderGroupOf(signal.report().agency()), signal.report().agency());
                case CANDIDATES -> {
                    signal.candidates().users().forEach(user -> user(recipients, audience, user, null));
                    signal.candidates().groups().forEach(group -> group(recipients, audience, group, group));
                }
                default -> throw new IllegalArgumentException(audience.name());
            }
        }
        return recipients;
    }

    private void group(List<Recipient> recipients, Audience audience, String groupId, String group) {
        people.membersOf(groupId).forEach(person -> recipients.add(new Recipient(person, audience, group)));
    }

    private void user(List<Recipient> recipients, Audience audience, String userId, String group) {
        people.find(userId).ifPresent(person -> recipients.add(new Recipient(person, audience, group)));
    }
}
