package vn.giaoviec.engine.rest;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A JSON body past Jackson's read limits (nested more than 1,000 deep, a number or a string beyond its
 * length limit) sent to Camunda's REST is a 400 in Vietnamese, in Camunda's error shape, with one log
 * line — Camunda's catch-all answered it as a 500 with Jackson's English text.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLimits.class);
    static final String MESSAGE = "Dữ liệu JSON gửi lên vượt giới hạn đọc (lồng quá sâu, số hoặc chuỗi quá dài).";

    @Bean
    EngineRestCustomizer jsonLimitMapper() {
        return config -> config.register(new Mapper());
    }

    static final class Mapper implements ExceptionMapper<StreamConstraintsException> {
        @Override
        public Response toResponse(StreamConstraintsException exception) {
            LOG.info("Từ chối JSON vượt giới hạn đọc: {}", exception.getOriginalMessage());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "InvalidRequestException");
            body.put("message", MESSAGE);
            body.put("code", null);
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
    }
}
