package vn.giaoviec.notification.inbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The bell on every Giao Việc page: the number of unread notifications of the signed-in user, given
 * to each page the header fragment renders (templates/fragments/layout.html), redirects excepted.
 */
@Component
class NotificationBell implements HandlerInterceptor, WebMvcConfigurer {

    static final String ATTRIBUTE = "notificationBell";

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/giaoviec/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (page == null || !page.hasView() || isRedirect(page) || user == null || !user.isAuthenticated()
                || user instanceof AnonymousAuthenticationToken) {
            return;
        }
        page.addObject(ATTRIBUTE, notifications.unread(user.getName()));
    }

    private static boolean isRedirect(ModelAndView page) {
        return page.getViewName() != null && page.getViewName().startsWith("redirect:");
    }
}
