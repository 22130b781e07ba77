package vn.giaoviec.lifecycle;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.form.contract.FieldRule;
import vn.giaoviec.form.contract.FormRules;
import vn.giaoviec.form.contract.RuleContext;

/**
 * What the lifecycle's forms (forms/*.form of bpmn/nhiem-vu.bpmn) may set, beyond what each form
 * says itself: the officer is one of the lead agency's people, coordinators are other agencies of the
 * directory, a new due date lies in the future (and, for an extension, after the current one). The
 * coordinating agencies' due dates are checked by coordination/ContributionDueDates. The form ids are
 * the user tasks' ids in {@link PlanTaskProcess}.
 */
@Component
class PlanTaskFormRules implements FormRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public Map<String, Map<String, FieldRule>> byForm() {
        return Map.of(
                PlanTaskProcess.ASSIGN, Map.of(
                        Var.OFFICER, PlanTaskFormRules::officerOfLeadAgency,
                        Var.COORDINATING_AGENCIES, PlanTaskFormRules::otherAgenciesOfTheDirectory),
                PlanTaskProcess.HANDLE_OVERDUE, Map.of(Var.NEW_DUE_DATE, PlanTaskFormRules::afterToday),
                PlanTaskProcess.DECIDE_EXTENSION, Map.of(Var.NEW_DUE_DATE,
                        ((FieldRule) PlanTaskFormRules::afterToday).and(PlanTaskFormRules::afterCurrentDueDate)));
    }

    static void officerOfLeadAgency(Object officer, RuleContext context) {
        String lead = context.text(Var.LEAD_AGENCY);
        if (lead == null || !context.isMember(officer.toString(), lead)) {
            throw FieldRule.refuse("Chuyên viên xử lý phải là cán bộ của " + context.directory().nameOf(lead));
        }
    }

    static void otherAgenciesOfTheDirectory(Object agencies, RuleContext context) {
        String lead = context.text(Var.LEAD_AGENCY);
        for (Object code : (List<?>) agencies) {
            if (code.equals(lead) || context.directory().find(code.toString()).map(Agency::code).isEmpty()) {
                throw FieldRule.refuse("Cơ quan phối hợp \"" + code + "\" không phải một cơ quan khác trong danh bạ");
            }
        }
    }

    static void afterToday(Object date, RuleContext context) {
        if (!((LocalDate) date).isAfter(context.today())) {
            throw FieldRule.refuse("Thời hạn mới phải sau hôm nay (" + DAY.format(context.today()) + ")");
        }
    }

    static void afterCurrentDueDate(Object date, RuleContext context) {
        String current = context.text(Var.DUE_DATE);
        if (current != null && !((LocalDate) date).isAfter(LocalDate.parse(current))) {
            throw FieldRule.refuse("Thời hạn mới phải sau thời hạn hiện tại (" + DAY.format(LocalDate.parse(current)) + ")");
        }
    }
}
