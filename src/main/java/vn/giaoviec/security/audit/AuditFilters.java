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
     * Webapp login failures, the webapps' CSRF refusals and Camunda's 403s on /engine-rest. Ordered after Spring Security's chain
     * (-100), so the user it authenticated is still known, and before Camunda's filters (101).
     */
    @Bean
    FilterRegistrationBean<ResponseStatusAudit> responseStatusAudit(SecurityAudit audit) {
        FilterRegistrationBean<ResponseStatusAudit> registration = new FilterRegistrationBean<>(new ResponseStatusAudit(audit));
        registration.addUrlPatterns("/camunda/api/*", "/engine-rest/*");
        registration.setOrder(100);
        return registration;
    }

    /** Before Camunda's own CSRF filter (and the audit of responses above), on the webapps' REST. */
    @Bean
    FilterRegistrationBean<WebappCsrfCheck> webappCsrfCheck(SecurityAudit audit) {
        FilterRegistrationBean<WebappCsrfCheck> registration = new FilterRegistrationBean<>(new WebappCsrfCheck(audit));
        registration.addUrlPatterns("/camunda/api/*");
        registration.setOrder(99);
        return registration;
    }
}
