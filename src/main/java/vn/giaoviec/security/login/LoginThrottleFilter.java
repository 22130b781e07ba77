package vn.giaoviec.security.login;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LoginThrottleFilter {

    /** Before Spring Security's chain (-100), which checks HTTP Basic; after the audit's request holder. */
    static final int BEFORE_SPRING_SECURITY = -110;

    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(LoginAttempts attempts) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(new LoginThrottle(attempts));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/admin/auth/user/*");
        registration.setOrder(BEFORE_SPRING_SECURITY);
        return registration;
    }
}
