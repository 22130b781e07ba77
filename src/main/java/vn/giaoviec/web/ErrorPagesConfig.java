package vn.giaoviec.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.thymeleaf.ITemplateEngine;

/**
 * Every error a user can reach answers in Vietnamese: Tomcat's own report valve replaced by
 * {@link VietnameseErrorValve}; paths with "//" refused first by {@link UnnormalizedPathFilter}, and
 * uploads over the limit by {@link UploadLimitFilter}.
 */
@Configuration
class ErrorPagesConfig {

    /** After Spring Boot's customizer, which adds a plain ErrorReportValve of its own (server.error.*). */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> vietnameseErrorValve() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // the host adds a valve of this class when it starts, unless it already has one
            host.setErrorReportValveClass(VietnameseErrorValve.class.getName());
            host.getPipeline().addValve(new VietnameseErrorValve());
        });
    }

    @Bean
    FilterRegistrationBean<UnnormalizedPathFilter> unnormalizedPathFilter() {
        FilterRegistrationBean<UnnormalizedPathFilter> registration = new FilterRegistrationBean<>(new UnnormalizedPathFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(UploadLimit limit, ITemplateEngine templates,
                                                                ApplicationContext context) {
        FilterRegistrationBean<UploadLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadLimitFilter(limit, templates, context));
        // before Spring Security (-100) and everything else that might read the body
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
