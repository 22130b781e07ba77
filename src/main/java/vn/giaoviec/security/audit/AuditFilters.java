package vn.giaoviec.security.audit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class AuditFilters {

    /** The request at hand for audit entries, before Spring Security's chain (-100). */
    @Bean
    FilterRegistrationBean<AuditRequests> auditRequests() {
        FilterRegistrationBean<AuditRequests> registration = new FilterRegistrationBean<>(new AuditRequests());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Webapp login failures and Camunda's 403s on /engine-rest. Ordered after Spring Security's chain
     * (-100), so the user it authenticated is still known, and before Camunda's filters (101).
     */
    @Bean
    FilterRegistrationBean<ResponseStatusAudit> responseStatusAudit(SecurityAudit audit) {
        FilterRegistrationBean<ResponseStatusAudit> registration = new FilterRegistrationBean<>(new ResponseStatusAudit(audit));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*", "/engine-rest/*");
        registration.setOrder(100);
        return registration;
    }
}
