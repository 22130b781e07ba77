package vn.giaoviec.form.contract;

import java.util.List;

/**
 * What was submitted does not fit the task's form: the Vietnamese message lists every problem
 * (HTTP 400 wherever it is raised); nothing was changed.
 */
public class FormContractViolation extends IllegalArgumentException {

    private final List<String> problems;

    public FormContractViolation(String formName, List<String> problems) {
        super(formName + ": " + String.join("; ", problems) + ". Không có gì được ghi.");
        this.problems = List.copyOf(problems);
    }

    /** One problem of one field, raised by a {@link FieldRule}; the contract gathers them. */
    public FormContractViolation(String problem) {
        super(problem);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
