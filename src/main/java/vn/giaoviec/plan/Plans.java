package vn.giaoviec.plan;

import java.util.List;
import org.springframework.stereotype.Service;

/** Reads the registered plans, for the pages and the progress views. */
@Service
public class Plans {

    private final PlanRepository repository;

    Plans(PlanRepository repository) {
        this.repository = repository;
    }

    public List<Plan> all() {
        return repository.all();
    }

    public Plan get(long id) {
        return repository.find(id).orElseThrow(() -> new PlanNotFoundException(id));
    }
}
