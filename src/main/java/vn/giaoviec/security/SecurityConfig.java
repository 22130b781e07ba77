package vn.giaoviec.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.giaoviec.security.audit.AuditKind;
import vn.giaoviec.security.audit.SecurityAudit;
import vn.giaoviec.security.signin.SignInEntryPoint;

/**
 * Who may call what. The REST APIs (Camunda's /engine-rest and our /api) require HTTP Basic
 * authentication — Camunda's REST starter alone would answer anyone — and then Camunda's
 * authorizations decide what each user sees. The Camunda webapps keep their own login.
 */
@Configuration
public class SecurityConfig {

    static final String UNAUTHORIZED = "{\"error\":\"Cần đăng nhập (HTTP Basic) để dùng API\"}";
    static final String FORBIDDEN = "{\"error\":\"Bạn không có quyền thực hiện thao tác này\"}";

    /**
     * Our Thymeleaf pages load only our own stylesheet and our own small script file (no inline
     * script, no handler attributes); the progress bars set their
     * width in a style attribute, hence style-src-attr (CSP 3; older browsers fall back to style-src
     * and draw the bars without width). Forms post only to us; framing only by our own pages.
     */
    static final String PAGES_CSP = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " style-src-attr 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'self'";
    /** JSON and downloads: nothing in them may load or run anything. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain restApis(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                 SecurityAudit audit) throws Exception {
        // path matchers on the whole path: /engine-rest is Jersey's servlet, not Spring MVC's
        return http.securityMatcher(new OrRequestMatcher(paths("/api/**"), paths("/engine-rest/**")))
                .authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(jsonEntryPoint()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(jsonEntryPoint())
                        .accessDeniedHandler(audited(audit, jsonAccessDenied())))
                // stateless Basic authentication: no session cookie, so no CSRF exposure
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> commonHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP)))
                .build();
    }

    /**
     * Our pages (/giaoviec/**): signed in through our sign-in page or the Camunda webapps' login (one
     * session for both), CSRF-protected forms; a page asked for without a session leads to sign-in.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SecurityAudit audit) throws Exception {
        // refusals of our checks (AccessDeniedException from the page controllers) and missing or
        // wrong CSRF tokens both end in this handler: audited, then the Vietnamese 403 error page
        return http.securityMatcher(paths("/giaoviec/**"))
                .addFilterBefore(new WebappSessionAuthenticationFilter(), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(paths(SignInEntryPoint.signInPath()))
                        .permitAll().anyRequest().authenticated())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(new SignInEntryPoint())
                        .accessDeniedHandler(audited(audit, new AccessDeniedHandlerImpl())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(headers -> commonHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_CSP)))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        // Camunda webapps (/camunda/**) authenticate and protect against CSRF themselves.
        // Their own headers (CSP, nosniff) come from camunda.bpm.webapp.header-security in application.yaml.
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfig::commonHeaders)
                .build();
    }

    /** Every response: nosniff and no-store (Spring Security's defaults), same-origin framing and referrer. */
    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers.frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    /** Audits the refusal (user, path, client address, reason), then answers as {@code handler} does. */
    private static AccessDeniedHandler audited(SecurityAudit audit, AccessDeniedHandler handler) {
        return (request, response, exception) -> {
            audit.record(AuditKind.ACCESS_DENIED, request, exception instanceof CsrfException
                    ? "Thiếu hoặc sai mã CSRF" : exception.getMessage());
            handler.handle(request, response, exception);
        };
    }

    /** Hands the Spring-authenticated user to Camunda so its authorizations apply to /engine-rest. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.setOrder(101);
        return registration;
    }

    private static RequestMatcher paths(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static AuthenticationEntryPoint jsonEntryPoint() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Giao Viec\", charset=\"UTF-8\"");
            writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED);
        };
    }

    private static AccessDeniedHandler jsonAccessDenied() {
        return (request, response, exception) -> writeJson(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN);
    }

    static void writeJson(HttpServletResponse response, int status, String body) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
