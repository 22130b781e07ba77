package vn.giaoviec.plan;

import java.util.List;

/**
 * What an import would register: the plan, every row, every warning. Committable only when no
 * warning blocks (every agency name is mapped, every row has a lead).
 */
public record PlanPreview(String decisionNumber, String title, String issuer, int year, List<PreviewItem> items,
                          List<PreviewWarning> warnings, List<String> unknownNames, int taskCount) {

    public boolean committable() {
        return warnings.stream().noneMatch(PreviewWarning::blocking);
    }
}
