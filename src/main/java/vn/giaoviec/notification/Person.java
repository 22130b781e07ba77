package vn.giaoviec.notification;

import java.util.Set;
import vn.giaoviec.identity.UserAccess;

/** Someone who may be told: a Camunda user with the name and e-mail of their profile and their groups. */
public record Person(String userId, String name, String email, Set<String> groups) {

    public UserAccess access() {
        return new UserAccess(userId, groups);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
