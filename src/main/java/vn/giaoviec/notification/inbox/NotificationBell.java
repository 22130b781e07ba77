package vn.giaoviec.notification.inbox;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The bell on every Giao Việc page: each page's model gets the signed-in user's {@link UnreadCount},
 * which the header fragment (templates/fragments/layout.html) shows. The count is only read when a page
 * renders it, so JSON answers and redirects cost nothing.
 */
@ControllerAdvice
class NotificationBell {

    static final String ATTRIBUTE = "notificationBell";

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute(ATTRIBUTE)
    UnreadCount bell(Authentication user) {
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return new UnreadCount(() -> notifications.unread(user.getName()));
    }
}
