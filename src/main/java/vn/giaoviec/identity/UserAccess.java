package vn.giaoviec.identity;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What one signed-in user may see and do, from their Camunda groups: their own agency's tasks;
 * the whole province for administrators, the Chánh Văn phòng and the leaders of the office and
 * CCHC agencies (see {@link vn.giaoviec.security.AccessPolicy}).
 */
public record UserAccess(String userId, Set<String> groups) {

    public static UserAccess of(Authentication authentication) {
        return new UserAccess(authentication.getName(), groupsOf(authentication.getAuthorities()));
    }

    private static Set<String> groupsOf(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
    }

    public boolean memberOf(String group) {
        return groups.contains(group);
    }

    public boolean isAdmin() {
        return memberOf(Roles.ADMIN);
    }

    public boolean isChiefOfOffice() {
        return memberOf(Roles.CHIEF_OF_OFFICE);
    }
}
