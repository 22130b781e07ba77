package vn.giaoviec.security.login;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Whether Camunda's login throttling holds a user locked right now (within a delay window, or past
 * loginMaxAttempts): Camunda then refuses any password without checking it.
 */
@Component
class CamundaLocks {

    private final ProcessEngineConfigurationImpl configuration;

    CamundaLocks(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    boolean isLocked(String userId) {
        if (userId == null || userId.isEmpty()) {
            return false;
        }
        // the lock itself, not the user's data: read without authorization checks, nothing revealed
        User user = configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                () -> context.getReadOnlyIdentityProvider().findUserById(userId)));
        return user instanceof UserEntity entity && (entity.getAttempts() >= configuration.getLoginMaxAttempts()
                || entity.getLockExpirationTime() != null && entity.getLockExpirationTime().after(ClockUtil.getCurrentTime()));
    }
}
