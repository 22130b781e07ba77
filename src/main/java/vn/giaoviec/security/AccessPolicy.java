package vn.giaoviec.security;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.AgencyRole;
import vn.giaoviec.identity.UserAccess;

/** The one place that decides which agencies' work a user may see or act on outside Camunda's own checks. */
@Component
public class AccessPolicy {

    private final AgencyDirectory directory;
    private final List<String> provinceWideLeaderGroups;
    private final List<String> reformLeaderGroups;

    public AccessPolicy(AgencyDirectory directory) {
        this.directory = directory;
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

    /** A leader of the agency: gives its coordination requests to officers; for the lead agency, steers coordination. */
    public boolean leads(UserAccess user, String agency) {
        return user.memberOf(directory.get(agency).leaderGroup());
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

    /** Importing plans and issuing tasks: the province-wide roles. */
    public void requireMayImport(UserAccess user) {
        require(seesWholeProvince(user), "Chỉ Văn phòng UBND, lãnh đạo Sở Nội vụ hoặc quản trị viên được nhập kế hoạch");
    }

    /** Anything across the province ({@code what}: "giao nhiệm vụ", "xem số liệu cả tỉnh"…). */
    public void requireProvinceWide(UserAccess user, String what) {
        require(seesWholeProvince(user), "Chỉ Văn phòng UBND, lãnh đạo Sở Nội vụ hoặc quản trị viên được " + what);
    }

    /** Running the plan year ({@code what}: "báo sự kiện", "kết thúc năm kế hoạch"…). */
    public void requireMayRunPlanYear(UserAccess user, String what) {
        require(canRunPlanYear(user), "Chỉ lãnh đạo Sở Nội vụ, Chánh Văn phòng hoặc quản trị viên được " + what);
    }

    /** Acting for the lead agency ({@code what}: "đính kèm sản phẩm", "xin gia hạn nhiệm vụ này"…). */
    public void requireActsForLead(UserAccess user, String leadAgency, String what) {
        require(canActForLead(user, leadAgency), "Chỉ cơ quan chủ trì được " + what);
    }

    /** Directing tasks ({@code what}: "thu hồi nhiệm vụ"…). */
    public void requireMayDirect(UserAccess user, String what) {
        require(canDirect(user), "Chỉ Chánh Văn phòng hoặc quản trị viên được " + what);
    }

    /** Leading the agency ({@code what}: "kết thúc lấy ý kiến phối hợp", "đổi hạn gửi ý kiến phối hợp"…). */
    public void requireLeads(UserAccess user, String agency, String what) {
        require(leads(user, agency), "Chỉ lãnh đạo " + directory.nameOf(agency) + " được " + what);
    }

    public void requireAdmin(UserAccess user, String what) {
        require(user.isAdmin(), "Chỉ quản trị viên được " + what);
    }

    private static void require(boolean allowed, String refusal) {
        if (!allowed) {
            throw new AccessDeniedException(refusal);
        }
    }
}
