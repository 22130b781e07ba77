package vn.giaoviec.security.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giaoviec.form.DeployedForms;
import vn.giaoviec.form.contract.FormContracts;
import vn.giaoviec.security.audit.SecurityAudit;
import vn.giaoviec.engine.rest.EngineRestCustomizer;

/** {@link EngineRestGuard} before both copies of Camunda's REST, {@link FormTextEscaping} after them. */
@Configuration(proxyBeanMethods = false)
class EngineRestGuardConfig {

    @Bean
    EngineRestCustomizer engineRestGuard(ProcessEngine engine, FormContracts contracts, SecurityAudit audit,
                                         DeployedForms forms) {
        EngineRestGuard guard = new EngineRestGuard(engine, contracts, audit);
        FormTextEscaping escaping = new FormTextEscaping(forms);
        return config -> config.register(guard).register(escaping);
    }
}
