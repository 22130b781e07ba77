package vn.giaoviec.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;

/**
 * Reads a list of agency codes from a process variable, whatever form it arrived in: a JSON array
 * (Camunda Forms submit checklists as JSON), a Java collection, or comma-separated text.
 * Used by the diagram as {@code ${agencyCodes.of(coordinatingAgencies)}}; also names an agency's
 * leaders' group for the diagram.
 */
@Component("agencyCodes")
public class AgencyCodes {

    /** The Camunda group of an agency's leaders: {@code ${agencyCodes.leadersOf(leadAgency)}}. */
    public String leadersOf(String agencyCode) {
        return Agency.leaderGroupOf(agencyCode);
    }

    public List<String> of(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof SpinJsonNode json) {
            return json.isArray() ? json.elements().stream().map(SpinJsonNode::stringValue).toList() : List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return split(value.toString());
    }

    private static List<String> split(String text) {
        List<String> codes = new ArrayList<>();
        Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(codes::add);
        return codes;
    }
}
