package vn.giaoviec.notification.preference;

import vn.giaoviec.agency.Agency;
import vn.giaoviec.identity.UserAccess;

/**
 * Who may mute a task's e-mails and SMS: leaders (and the Chánh Văn phòng), who hear of every task of
 * their agency. An officer's messages are about work waiting for them, so they stay on.
 */
public final class Muting {

    private Muting() {
    }

    public static boolean allowedFor(UserAccess user) {
        return user.isChiefOfOffice() || user.groups().stream().anyMatch(g -> g.endsWith(Agency.leaderGroupOf("")));
    }
}
