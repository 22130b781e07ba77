package vn.giaoviec.security.client;

import java.util.List;
import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client address — the one login throttling counts and the security audit records — is what
 * Tomcat reports: the connection's peer, or the X-Forwarded-For entry a trusted proxy added.
 * Trusted are only the proxies listed in {@code giaoviec.trusted-proxies}; none by default (Tomcat
 * itself would trust every private address, so anyone on an office LAN could pick "their" address).
 * X-Forwarded-Proto and -Port are taken from those proxies only, too.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedProxies.class);

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxiesOnly(
            @Value("${giaoviec.trusted-proxies:}") List<String> proxies) {
        String regex = ProxyAddresses.regexOf(proxies);
        // runs after Spring Boot's own customizer (order 0), which adds the valve with Tomcat's defaults
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                        .forEach(valve -> {
                            valve.setInternalProxies(regex);
                            valve.setTrustedProxies(null);
                        });
                LOG.info("Proxy được tin (X-Forwarded-*): {}", proxies.isEmpty() ? "không có" : String.join(", ", proxies));
            }
        };
    }
}
