package vn.giaoviec.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.giaoviec.people.People;

/**
 * Who may be told, with their e-mail address and groups, from Camunda's identity service, kept for a short while
 * (giaoviec.notifications.directory-cache): a quarter-end burst asks for the same leaders thousands of
 * times. Callers run without an engine authentication (see {@link NotificationWriter}), so every user
 * and group is visible here whoever triggered the change.
 */
@Component
public class NotificationPeople {

    private final IdentityService identity;
    private final People people;
    private final long ttlNanos;
    private final Map<String, Cached<Optional<Person>>> persons = new ConcurrentHashMap<>();
    private final Map<String, Cached<List<String>>> members = new ConcurrentHashMap<>();

    public NotificationPeople(IdentityService identity, People people, NotificationProperties properties) {
        this.identity = identity;
        this.people = people;
        this.ttlNanos = properties.directoryCache().toNanos();
    }

    public Optional<Person> find(String userId) {
        return userId == null || userId.isBlank() ? Optional.empty() : cached(persons, userId, this::load);
    }

    /** The members of a group, by user id. */
    public List<Person> membersOf(String groupId) {
        return cached(members, groupId, id -> identity.createUserQuery().memberOfGroup(id).orderByUserId().asc()
                .list().stream().map(User::getId).toList())
                .stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Who did something, as a message says it: "Lê Văn Dũng (Lãnh đạo Sở Nội vụ)", the one naming of people. */
    public String nameOf(String userId) {
        vn.giaoviec.people.Person person = people.of(userId);
        return person.position() == null || person.position().equalsIgnoreCase(person.fullName()) ? person.fullName()
                : person.fullName() + " (" + person.position() + ")";
    }

    private Optional<Person> load(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Person(userId, displayName(user), user.getEmail(), groups));
    }

    static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    private <T> T cached(Map<String, Cached<T>> cache, String key, Function<String, T> loader) {
        long now = System.nanoTime();
        Cached<T> hit = cache.get(key);
        if (hit != null && now - hit.loadedAt() < ttlNanos) {
            return hit.value();
        }
        T value = loader.apply(key);
        if (ttlNanos > 0) {
            cache.put(key, new Cached<>(value, now));
        }
        return value;
    }

    private record Cached<T>(T value, long loadedAt) {
    }
}
