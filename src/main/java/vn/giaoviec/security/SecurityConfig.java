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
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The REST APIs (Camunda's /engine-rest and our /api) require HTTP Basic
 * authentication — Camunda's REST starter alone would answer anyone — and then Camunda's
 * authorizations decide what each user sees. The Camunda webapps keep their own login.
 */
@Configuration
public class SecurityConfig {

    static final String LOGIN_PAGE = "/camunda/app/tasklist/default/";
    static final String UNAUTHORIZED = "{\"error\":\"Cần đăng nhập (HTTP Basic) để dùng API\"}";
    static final String FORBIDDEN = "{\"error\":\"Bạn không có quyền thực hiện thao tác này\"}";

    @Bean
    @Order(1)
    SecurityFilterChain restApis(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
        // path matchers on the whole path: /engine-rest is Jersey's servlet, not Spring MVC's
        return http.securityMatcher(new OrRequestMatcher(paths("/api/**"), paths("/engine-rest/**")))
                .authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(jsonEntryPoint()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(jsonEntryPoint())
                        .accessDeniedHandler(jsonAccessDenied()))
                // stateless Basic authentication: no session cookie, so no CSRF exposure
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Our pages (/giaoviec/**): signed in through the Camunda webapps' login, CSRF-protected forms. */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http.securityMatcher(paths("/giaoviec/**"))
                .addFilterBefore(new WebappSessionAuthenticationFilter(), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        // Camunda webapps (/camunda/**) authenticate and protect against CSRF themselves.
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
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
