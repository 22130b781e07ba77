package vn.giaoviec.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.giaoviec.people.People;
import vn.giaoviec.people.Person;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.directory.DirectoryAccess;

/**
 * What the shared header of every Giao Việc page needs (fragments/layout.html): the signed-in
 * person by name and position, and the navigation they may use — a link is shown only to those
 * its page admits, so no menu entry leads to a refusal.
 */
@Configuration
class PageChrome implements HandlerInterceptor, WebMvcConfigurer {

    private final People people;
    private final AccessPolicy policy;
    private final DirectoryAccess directoryAccess;

    PageChrome(People people, AccessPolicy policy, DirectoryAccess directoryAccess) {
        this.people = people;
        this.policy = policy;
        this.directoryAccess = directoryAccess;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/giaoviec/**", "/error");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        UserAccess user = UserAccess.of(authentication);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        view.addObject("chrome", new Chrome(people.of(user.userId()), policy.seesWholeProvince(user),
                policy.canRunPlanYear(user), directoryAccess.mayEdit(user), section(path)));
    }

    private static String section(String path) {
        if (path.startsWith("/giaoviec/ke-hoach/nhap")) {
            return "import";
        }
        if (path.startsWith("/giaoviec/ke-hoach")) {
            return "plans";
        }
        if (path.startsWith("/giaoviec/su-kien")) {
            return "events";
        }
        if (path.startsWith("/giaoviec/danh-ba")) {
            return "directory";
        }
        return "inbox";
    }

    /**
     * The header's content. {@code mayImport}: "Nhập kế hoạch" (PlanPage admits the province-wide
     * roles); {@code maySignal}: "Sự kiện" (EventPage admits those who run the plan year);
     * {@code mayEditDirectory}: "Danh bạ cơ quan" (administrators and Sở Nội vụ's leaders).
     */
    public record Chrome(Person me, boolean mayImport, boolean maySignal, boolean mayEditDirectory, String section) {
    }
}
