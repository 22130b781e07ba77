package vn.giaoviec.people;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.identity.Roles;

/**
 * Names and positions of users from Camunda's identity service: first and last name as the
 * administrator entered them (for Vietnamese names, first name = family and middle names, last name
 * = given name, so Camunda's "first last" reads right), position from the user's groups. Kept for a
 * minute per user: a history page names the same few people many times.
 */
@Service
public class People {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private final IdentityService identityService;
    private final AgencyDirectory directory;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public People(IdentityService identityService, AgencyDirectory directory) {
        this.identityService = identityService;
        this.directory = directory;
    }

    /** The person behind a login; for an unknown login, the login itself with no position. */
    public Person of(String userId) {
        if (userId == null) {
            return null;
        }
        Cached cached = cache.get(userId);
        if (cached != null && cached.isFresh()) {
            return cached.person();
        }
        Person person = lookUp(userId);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(userId, new Cached(person, System.nanoTime()));
        return person;
    }

    /** Several people at once, by login. */
    public Map<String, Person> of(Collection<String> userIds) {
        Map<String, Person> people = new HashMap<>();
        for (String id : new LinkedHashSet<>(userIds)) {
            if (id != null) {
                people.put(id, of(id));
            }
        }
        return people;
    }

    /** The name and position shown for a login, or "hệ thống" for work done by the engine itself. */
    public String describe(String userId) {
        return userId == null ? "Hệ thống" : of(userId).described();
    }

    /** The members of an agency's group (officers and leaders alike, as the assignment form offers them), by name. */
    public List<Person> membersOf(String agencyCode) {
        return identityService.createUserQuery().memberOfGroup(agencyCode).list().stream().map(u -> of(u.getId()))
                .sorted(java.util.Comparator.comparing(Person::fullName)).toList();
    }

    private Person lookUp(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return new Person(userId, userId, null, null);
        }
        String name = String.join(" ", java.util.stream.Stream.of(user.getFirstName(), user.getLastName())
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList());
        List<Group> groups = identityService.createGroupQuery().groupMember(userId).list();
        Position position = Positions.of(groups.stream().map(Group::getId).toList(), directory);
        return new Person(userId, name.isEmpty() ? userId : name, position.title(), position.agencyCode());
    }

    /** Forgets what is kept about a user (after an administrator renames them, for instance). */
    public void forget(String userId) {
        cache.remove(userId);
    }

    private record Cached(Person person, long since) {
        boolean isFresh() {
            return System.nanoTime() - since < KEEP.toNanos();
        }
    }

    /** A position and the agency it belongs to. */
    record Position(String title, String agencyCode) {
    }

    /** Positions from groups: the Chánh Văn phòng first, then an agency's leaders, then its officers. */
    static final class Positions {

        private Positions() {
        }

        static Position of(List<String> groupIds, AgencyDirectory directory) {
            if (groupIds.contains(Roles.CHIEF_OF_OFFICE)) {
                String office = directory.withRole(vn.giaoviec.agency.AgencyRole.OFFICE).stream().findFirst()
                        .map(Agency::code).orElse(null);
                return new Position(chiefTitle(directory), office);
            }
            for (Agency agency : directory.all()) {
                if (groupIds.contains(agency.leaderGroup())) {
                    return new Position("Lãnh đạo " + agency.name(), agency.code());
                }
            }
            for (Agency agency : directory.all()) {
                if (groupIds.contains(agency.code())) {
                    return new Position("Chuyên viên " + agency.name(), agency.code());
                }
            }
            return new Position(groupIds.contains(Roles.ADMIN) ? "Quản trị hệ thống" : null, null);
        }

        /** "Chánh Văn phòng UBND tỉnh" — the office's name without its own "Văn phòng". */
        static String chiefTitle(AgencyDirectory directory) {
            return directory.withRole(vn.giaoviec.agency.AgencyRole.OFFICE).stream().findFirst()
                    .map(office -> "Chánh " + office.name()).orElse("Chánh Văn phòng");
        }
    }
}
