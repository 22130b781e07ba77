package vn.giaoviec.engine.rest;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;

/**
 * Something for both copies of Camunda's REST: Spring Boot applies it to /engine-rest (as every
 * {@link ResourceConfigCustomizer}), {@link EngineRestConflicts} to the webapps' /camunda/api/engine.
 */
public interface EngineRestCustomizer extends ResourceConfigCustomizer {
}
