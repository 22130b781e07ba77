package vn.giaoviec.engine.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.giaoviec.engine.LostRace;

/**
 * Camunda's REST when two users act on the same task at the same instant: the one who came second
 * gets HTTP 409 and a Vietnamese message instead of Camunda's 500 and English text. Both copies of
 * that REST get the same mappers: {@code /engine-rest} (Spring Boot's Jersey application) and the
 * webapps' own {@code /camunda/api/engine}, which Tasklist calls to claim and complete tasks.
 * <ul>
 *   <li>an {@link OptimisticLockingException} — both transactions overlapped, the database kept the
 *       first (complete, claim, any other change);</li>
 *   <li>a unique-key violation ({@link LostRace}) on a task that the other one just finished — both
 *       inserted the same row;</li>
 *   <li>a {@link TaskAlreadyClaimedException} — someone claimed the task just before;</li>
 *   <li>completing or claiming a task that someone completed just before (the task is finished in
 *       history): Camunda says the task is not found, or — when it still read the task but no longer
 *       its candidate groups' authorizations — that the user may not work on it.</li>
 * </ul>
 * Camunda wraps engine failures of {@code /task/{id}/complete} in a {@link RestException}, others
 * arrive as they are: one mapper for each, ranked before Camunda's own mappers of the same types
 * (Jersey prefers the lower priority value at equal distance) and declining anything that is not
 * one of the cases above, which Camunda's mappers then answer as before.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestConflicts {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestConflicts.class);

    /** Camunda registers its mappers without a priority (Jersey's default, USER = 5000). */
    static final int BEFORE_CAMUNDA = Priorities.USER - 1000;

    static final String CONCURRENT = "Việc này vừa được người khác xử lý cùng lúc với bạn; thao tác của bạn"
            + " không được ghi. Vui lòng tải lại danh sách việc.";
    static final String ALREADY_CLAIMED = "Việc này đã có người nhận trước bạn%s. Vui lòng tải lại danh sách việc.";
    static final String ALREADY_DONE = "Việc này đã được người khác hoàn thành; thao tác của bạn không được ghi."
            + " Vui lòng tải lại danh sách việc.";

    /** The name under which Camunda's webapp initializer registers the webapps' REST servlet. */
    static final String WEBAPP_ENGINE_SERVLET = "Engine Api";

    /** The task actions after which a vanished task means "someone else finished it first". */
    private static final List<String> TASK_ACTIONS = List.of("complete", "submit-form", "claim", "resolve");

    @Bean
    ResourceConfigCustomizer engineRestConflictMappers(ProcessEngine engine) {
        return config -> registerMappers(config, engine);
    }

    /**
     * The webapps' REST (Tasklist, Cockpit) with the same mappers. Camunda's webapp initializer
     * registers its Jersey servlet "Engine Api" only when no servlet of that name exists yet; this
     * one, registered first (highest precedence), takes its place with Camunda's own application,
     * and gets what is meant for both copies ({@link EngineRestCustomizer}).
     */
    @Bean
    ServletRegistrationBean<ServletContainer> webappEngineRest(ProcessEngine engine, CamundaBpmProperties camunda,
                                                               ObjectProvider<EngineRestCustomizer> customizers) {
        ResourceConfig config = ResourceConfig.forApplication(new EngineRestApplication());
        registerMappers(config, engine);
        customizers.orderedStream().forEach(customizer -> customizer.customize(config));
        ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(
                new ServletContainer(config), camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        registration.setName(WEBAPP_ENGINE_SERVLET);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static void registerMappers(ResourceConfig config, ProcessEngine engine) {
        config.register(new WrappedConflictMapper(engine), BEFORE_CAMUNDA);
        config.register(new EngineConflictMapper(engine), BEFORE_CAMUNDA);
    }

    /** Failures of /task/{id}/complete and the like, which Camunda wraps as a 500 RestException. */
    static final class WrappedConflictMapper extends ConflictMapper<RestException> {
        WrappedConflictMapper(ProcessEngine engine) {
            super(engine);
        }
    }

    /** Engine failures that reach Jersey unwrapped (claim, set assignee, …). */
    static final class EngineConflictMapper extends ConflictMapper<ProcessEngineException> {
        EngineConflictMapper(ProcessEngine engine) {
            super(engine);
        }
    }

    abstract static class ConflictMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

        private final ProcessEngine engine;

        @Context
        private UriInfo uri;

        ConflictMapper(ProcessEngine engine) {
            this.engine = engine;
        }

        @Override
        public boolean isMappable(E exception) {
            return conflict(exception).isPresent();
        }

        @Override
        public Response toResponse(E exception) {
            String message = conflict(exception).orElse(CONCURRENT);
            LOG.info("409 cho {}: {}", uri == null ? "?" : uri.getRequestUri().getPath(), exception.getMessage());
            Map<String, String> body = new LinkedHashMap<>();
            body.put("type", "Conflict");
            body.put("message", message);
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }

        private Optional<String> conflict(Throwable exception) {
            // both inserted the same row (the next step's read grant on the instance): the first one won
            if (LostRace.duplicateRow(exception) && taskFinishedMeanwhile()) {
                return Optional.of(ALREADY_DONE);
            }
            for (Throwable e = exception; e != null; e = e.getCause() == e ? null : e.getCause()) {
                if (e instanceof OptimisticLockingException) {
                    return Optional.of(CONCURRENT);
                }
                if (e instanceof TaskAlreadyClaimedException claimed) {
                    String who = claimed.getTaskAssignee() == null ? "" : " (" + claimed.getTaskAssignee() + ")";
                    return Optional.of(String.format(ALREADY_CLAIMED, who));
                }
                // the task, or with it the authorizations of its candidate groups, vanished under the
                // second user: "not found" or "not allowed" would be wrong, it was just done first
                if ((e instanceof NullValueException || e instanceof AuthorizationException) && taskFinishedMeanwhile()) {
                    return Optional.of(ALREADY_DONE);
                }
            }
            return Optional.empty();
        }

        /** /task/{id}/complete (or claim …) of a task that is gone from the runtime and finished in history. */
        private boolean taskFinishedMeanwhile() {
            if (uri == null) {
                return false;
            }
            List<String> segments = uri.getPathSegments().stream().map(s -> s.getPath()).toList();
            int n = segments.size();
            if (n < 3 || !"task".equals(segments.get(n - 3)) || !TASK_ACTIONS.contains(segments.get(n - 1))) {
                return false;
            }
            String taskId = segments.get(n - 2);
            ProcessEngineConfigurationImpl configuration =
                    (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            // whether the task was finished, not what it was: no authorization needed, none revealed
            long finished = configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                    () -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count()));
            return finished > 0;
        }
    }
}
