package vn.giaoviec.form.contract;

/**
 * A value rule of one form field beyond what the form itself says (required, options, lengths, date
 * format): declared next to the process constants, by form id and field key ({@link FormRules}).
 * The value is the field's checked value: text and option values as String, dates as LocalDate,
 * numbers as BigDecimal, checkboxes as Boolean, checklists as a List of String, dynamic lists as a
 * List of rows. A rule that refuses throws {@link #refuse}.
 */
@FunctionalInterface
public interface FieldRule {

    void check(Object value, RuleContext context);

    default FieldRule and(FieldRule next) {
        return (value, context) -> {
            check(value, context);
            next.check(value, context);
        };
    }

    /** The Vietnamese sentence saying what is wrong with the value. */
    static FormContractViolation refuse(String problem) {
        return new FormContractViolation(problem);
    }
}
