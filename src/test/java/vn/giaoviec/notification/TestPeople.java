package vn.giaoviec.notification;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** NotificationPeople a test creates for itself (password "demo", address "<id>@giaoviec.example"), so that what they are told is its own. */
final class TestPeople {

    private TestPeople() {
    }

    /** A new user "<prefix><6 random characters>" with a name, member of the groups. */
    static String create(IdentityService identity, String prefix, String firstName, String lastName, String... groups) {
        String id = prefix + UUID.randomUUID().toString().substring(0, 6);
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@giaoviec.example");
        user.setPassword("demo");
        identity.saveUser(user);
        for (String group : groups) {
            identity.createMembership(id, group);
        }
        return id;
    }
}
