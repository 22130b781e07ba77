package vn.giaoviec.security;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.AgencyRole;

/** The one place that decides which agencies' work a user may see or act on outside Camunda's own checks. */
@Component
public class AccessPolicy {

    private final List<String> provinceWideLeaderGroups;
    private final List<String> reformLeaderGroups;

    public AccessPolicy(AgencyDirectory directory) {
        this.reformLeaderGroups = directory.withRole(AgencyRole.CCHC).stream().map(Agency::leaderGroup).toList();
        this.provinceWideLeaderGroups = directory.all().stream()
                .filter(a -> a.hasRole(AgencyRole.OFFICE) || a.hasRole(AgencyRole.CCHC))
                .map(Agency::leaderGroup).toList();
    }

    public boolean seesWholeProvince(UserAccess user) {
        return user.isAdmin() || user.isChiefOfOffice() || provinceWideLeaderGroups.stream().anyMatch(user::memberOf);
    }

    public boolean canSee(UserAccess user, String leadAgency, List<String> coordinatingAgencies) {
        return seesWholeProvince(user) || user.memberOf(leadAgency)
                || coordinatingAgencies.stream().anyMatch(user::memberOf);
    }

    /** Acting for the lead agency: attach the product, ask for an extension. */
    public boolean canActForLead(UserAccess user, String leadAgency) {
        return user.memberOf(leadAgency);
    }

    /**
     * Running the plan year for Sở Nội vụ: starting periodic reports, signalling events, deciding at
     * year end — administrators, the Chánh Văn phòng and the CCHC agency's leaders.
     */
    public boolean canRunPlanYear(UserAccess user) {
        return user.isAdmin() || user.isChiefOfOffice() || reformLeaderGroups.stream().anyMatch(user::memberOf);
    }

    /** Issuing, withdrawing tasks and deciding on deadlines: the Chánh Văn phòng or an administrator. */
    public boolean canDirect(UserAccess user) {
        return user.isAdmin() || user.isChiefOfOffice();
    }
}
