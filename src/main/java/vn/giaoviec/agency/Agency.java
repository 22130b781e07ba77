package vn.giaoviec.agency;

import java.util.List;
import java.util.Set;

/**
 * A cơ quan: a department (sở, ban, ngành), a district or commune People's Committee.
 * Its code is also the id of its Camunda group; its leaders form a second group.
 */
public record Agency(String code, String name, AgencyKind kind, Set<AgencyRole> roles, List<String> aliases) {

    static final String LEADER_GROUP_SUFFIX = "-lanhdao";

    public Agency {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Camunda group of the agency's leaders (lãnh đạo), who assign and approve. */
    public String leaderGroup() {
        return leaderGroupOf(code);
    }

    public static String leaderGroupOf(String agencyCode) {
        return agencyCode + LEADER_GROUP_SUFFIX;
    }

    public boolean hasRole(AgencyRole role) {
        return roles.contains(role);
    }
}
