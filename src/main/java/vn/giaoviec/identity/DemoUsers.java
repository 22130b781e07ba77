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
 * officer "<code>-chuyenvien", plus "chanhvanphong"; every password is "demo". Each has the e-mail
 * address "<login>@giaoviec.example" (a reserved domain: nothing can reach it), for the notifications.
 * They carry Vietnamese names (first name = family and middle names, last name = given name, so that
 * Camunda's "first last" reads as a Vietnamese full name); pages show the name and the position, never the login.
 * Never called in the PostgreSQL profile (giaoviec.demo-data=false).
 */
@Component
public class DemoUsers {

    public static final String PASSWORD = "demo";
    public static final String CHIEF_OF_OFFICE_USER = "chanhvanphong";
    public static final String MAIL_DOMAIN = "giaoviec.example";

    /** Given to the demo users in the directory's order: leader, officer, leader, officer … */
    private static final String[][] NAMES = {
        {"Trần Quốc", "Bảo"}, {"Nguyễn Thị", "Hồng"}, {"Lê Văn", "Dũng"}, {"Phạm Thị Thu", "Hà"},
        {"Võ Minh", "Khoa"}, {"Huỳnh Thị", "Lan"}, {"Đặng Văn", "Phúc"}, {"Bùi Thị Ngọc", "Trâm"},
        {"Đỗ Thanh", "Tùng"}, {"Hồ Thị", "Mai"}, {"Ngô Văn", "Thắng"}, {"Dương Thị Kim", "Ngân"},
        {"Lý Hoàng", "Nam"}, {"Phan Thị", "Thảo"}, {"Trương Công", "Hậu"}, {"Vũ Thị", "Yến"},
        {"Nguyễn Hữu", "Tài"}, {"Lâm Thị", "Nhung"}, {"Châu Văn", "Lợi"}, {"Mai Thị", "Diễm"},
        {"Tạ Quang", "Vinh"}, {"Cao Thị", "Hiền"}, {"Đinh Văn", "Sơn"}, {"Lưu Thị Bích", "Loan"},
        {"Thái Minh", "Trí"}, {"Quách Thị", "Tuyết"}, {"Kiều Văn", "Hải"}, {"Tôn Nữ Thu", "Hằng"},
        {"La Văn", "Cường"}, {"Triệu Thị", "Phượng"}, {"Hà Văn", "Nghĩa"}, {"Từ Thị", "Xuân"},
    };
    private static final String[] CHIEF_NAME = {"Nguyễn Văn", "Hùng"};

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

    public static String emailOf(String userId) {
        return userId + "@" + MAIL_DOMAIN;
    }

    public void create() {
        int n = 0;
        for (Agency agency : directory.all()) {
            ensureUser(leaderOf(agency.code()), NAMES[n++ % NAMES.length], List.of(agency.code(), agency.leaderGroup()));
            ensureUser(officerOf(agency.code()), NAMES[n++ % NAMES.length], List.of(agency.code()));
        }
        directory.withRole(AgencyRole.OFFICE).forEach(office -> ensureUser(CHIEF_OF_OFFICE_USER, CHIEF_NAME,
                List.of(office.code(), office.leaderGroup(), Roles.CHIEF_OF_OFFICE)));
    }

    private void ensureUser(String id, String[] name, List<String> groups) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identityService.newUser(id);
            user.setPassword(PASSWORD);
            named(user, name);
            user.setEmail(emailOf(id));
            identityService.saveUser(user);
        } else if (hasPlaceholderName(user) || user.getEmail() == null || user.getEmail().isBlank()) {
            // demo databases created before the demo users had names ("Lãnh đạo" + agency name) or addresses
            if (hasPlaceholderName(user)) {
                named(user, name);
            }
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                user.setEmail(emailOf(id));
            }
            identityService.saveUser(user);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identityService.createMembership(id, group);
            }
        }
    }

    private static void named(User user, String[] name) {
        user.setFirstName(name[0]);
        user.setLastName(name[1]);
    }

    private static boolean hasPlaceholderName(User user) {
        return List.of("Lãnh đạo", "Chuyên viên", "Chánh Văn phòng").contains(user.getFirstName());
    }
}
