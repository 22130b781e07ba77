package vn.giaoviec.directory;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.AgencyRole;
import vn.giaoviec.identity.UserAccess;

/**
 * Who may change the directory: administrators (camunda-admin) and the leaders of the agency in
 * charge of administrative reform and of organisation (Sở Nội vụ, role CCHC in the directory).
 */
@Component
public class DirectoryAccess {

    static final String REFUSAL = "Chỉ quản trị viên hoặc lãnh đạo Sở Nội vụ được sửa danh bạ cơ quan";

    private final AgencyDirectory directory;

    public DirectoryAccess(AgencyDirectory directory) {
        this.directory = directory;
    }

    public boolean mayEdit(UserAccess user) {
        List<String> leaders = directory.withRole(AgencyRole.CCHC).stream().map(Agency::leaderGroup).toList();
        return user.isAdmin() || leaders.stream().anyMatch(user::memberOf);
    }

    void requireMayEdit(UserAccess user) {
        if (!mayEdit(user)) {
            throw new AccessDeniedException(REFUSAL);
        }
    }
}
