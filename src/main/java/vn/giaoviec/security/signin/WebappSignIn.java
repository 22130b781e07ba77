package vn.giaoviec.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.stereotype.Service;

/**
 * Signs a user into the HTTP session the way the Camunda webapps' own login does (their
 * {@code Authentications} in the session), so Tasklist and Cockpit need no second login and
 * {@code WebappSessionAuthenticationFilter} lets our pages see the same user. The session id
 * changes at sign-in (no session fixation).
 */
@Service
class WebappSignIn {

    private final ProcessEngine engine;

    WebappSignIn(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Checks the password with Camunda (its per-user delays apply); false when it is wrong. */
    boolean checkPassword(String user, String password) {
        engine.getIdentityService().clearAuthentication();
        return user != null && !user.isBlank() && password != null
                && engine.getIdentityService().checkPassword(user, password);
    }

    /** Starts the signed-in session; false if Camunda gives the user no authentication at all. */
    boolean signIn(HttpServletRequest request, String user) {
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, user);
        if (authentication == null) {
            return false;
        }
        Date validation = ServletContextUtil.getAuthCacheValidationTime(request.getServletContext());
        if (validation != null) {
            authentication.setCacheValidationTime(validation);
        }
        AuthenticationUtil.revalidateSession(request, authentication);
        return true;
    }
}
