package vn.giaoviec.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A plan id that is not registered. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanNotFoundException extends RuntimeException {

    public PlanNotFoundException(long id) {
        super("Không tìm thấy kế hoạch số " + id);
    }
}
