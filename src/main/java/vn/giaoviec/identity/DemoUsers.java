package vn.giaoviec.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.AgencyRole;

/**
 * Demo people for the embedded profile only: per agency a leader "<code>-lanhdao" and an
 * officer "<code>-chuyenvien", plus "chanhvanphong"; every password is "demo".
 * Never called in the PostgreSQL profile (giaoviec.demo-data=false).
 */
@Component
public class DemoUsers {

    public static final String PASSWORD = "demo";
    public static final String CHIEF_OF_OFFICE_USER = "chanhvanphong";

    private final AgencyDirectory directory;
    private final IdentityService identityService;

    public DemoUsers(AgencyDirectory directory, IdentityService identityService) {
        this.directory = directory;
        this.identityService = identityService;
    }

    public static String leaderOf(String agencyCode) {
        return agencyCode + "-lanhdao";
    }

    public static String officerOf(String agencyCode) {
        return agencyCode + "-chuyenvien";
    }

    public void create() {
        for (Agency agency : directory.all()) {
            ensureUser(leaderOf(agency.code()), "Lãnh đạo", agency.name(), List.of(agency.code(), agency.leaderGroup()));
            ensureUser(officerOf(agency.code()), "Chuyên viên", agency.name(), List.of(agency.code()));
        }
        directory.withRole(AgencyRole.OFFICE).forEach(office -> ensureUser(CHIEF_OF_OFFICE_USER, "Chánh Văn phòng",
                office.name(), List.of(office.code(), office.leaderGroup(), Roles.CHIEF_OF_OFFICE)));
    }

    private void ensureUser(String id, String firstName, String lastName, List<String> groups) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identityService.createMembership(id, group);
            }
        }
    }
}
