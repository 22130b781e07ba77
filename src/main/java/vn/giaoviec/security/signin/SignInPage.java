package vn.giaoviec.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giaoviec.security.audit.AuditKind;
import vn.giaoviec.security.audit.SecurityAudit;
import vn.giaoviec.security.login.LoginAttempts;

/**
 * Giao Việc's sign-in page (Vietnamese), the officers' way in: signs into the same session as the
 * Camunda webapps, under the same login limits and audit, then goes back to the page that was asked
 * for. "/" and "/giaoviec/" lead to the inbox.
 */
@Controller
class SignInPage {

    static final String PATH = "/giaoviec/dang-nhap";
    static final String WRONG = "Sai tên đăng nhập hoặc mật khẩu. Nếu vừa nhập sai nhiều lần, hãy chờ một phút rồi thử lại.";

    private final WebappSignIn signIn;
    private final LoginAttempts attempts;
    private final SecurityAudit audit;

    SignInPage(WebappSignIn signIn, LoginAttempts attempts, SecurityAudit audit) {
        this.signIn = signIn;
        this.attempts = attempts;
        this.audit = audit;
    }

    @GetMapping({"/", "/giaoviec", "/giaoviec/"})
    String home() {
        return "redirect:" + SafeTarget.INBOX;
    }

    @GetMapping(PATH)
    String form(@RequestParam(name = "tiep", required = false) String next,
                @RequestParam(name = "da-dang-xuat", required = false) String signedOut, Model model) {
        if (isSignedIn()) {
            return "redirect:" + SafeTarget.of(next);
        }
        model.addAttribute("next", SafeTarget.of(next));
        model.addAttribute("signedOut", signedOut != null);
        return "signin/signin";
    }

    @PostMapping(PATH)
    String submit(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                  @RequestParam(name = "tiep", required = false) String next, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        String user = username.strip();
        String client = request.getRemoteAddr();
        model.addAttribute("next", SafeTarget.of(next));
        model.addAttribute("username", user);
        Optional<Duration> wait = attempts.refusal(client, user);
        if (wait.isPresent()) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
            model.addAttribute("error", LoginAttempts.tooMany(wait.get()));
            return "signin/signin";
        }
        boolean lockedBefore = attempts.isLocked(user);
        if (!signIn.checkPassword(user, password) || !signIn.signIn(request, user)) {
            attempts.failed(client, user, lockedBefore);
            audit.record(AuditKind.LOGIN_FAILED, user, "Đăng nhập trang Giao Việc");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute("error", WRONG);
            return "signin/signin";
        }
        attempts.succeeded(client, user);
        return "redirect:" + SafeTarget.of(next);
    }

    /** Ends the session for our pages and the Camunda webapps alike. */
    @PostMapping("/giaoviec/dang-xuat")
    String signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:" + PATH + "?da-dang-xuat";
    }

    private static boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getPrincipal());
    }
}
