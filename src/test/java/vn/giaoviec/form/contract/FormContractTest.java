package vn.giaoviec.form.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import vn.giaoviec.form.FormSchema;
import vn.giaoviec.form.FormSchemaReader;
import vn.giaoviec.form.PlainValues;
import vn.giaoviec.identity.UserAccess;

/** The forms of forms/ as contracts, without an engine: what each accepts, refuses and keeps. */
class FormContractTest {

    static final LocalDate TODAY = LocalDate.of(2030, 6, 10);

    static FormContract contract(String file, Map<String, FieldRule> rules) throws IOException {
        FormSchema form = FormSchemaReader.read(Files.readString(Path.of("forms", file)), file);
        return new FormContract(form, rules);
    }

    static RuleContext context(Map<String, Object> variables) {
        return new RuleContext("t1", PlainValues.ofAll(variables), TODAY, new UserAccess("snv-lanhdao", Set.of("snv")),
                null, (user, group) -> user.startsWith(group + "-"));
    }

    static Map<String, Object> values(Object... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }

    static Map<String, Object> plain(VariableMap variables) {
        return new HashMap<>(variables);
    }

    static VariableMap accept(String file, Map<String, Object> variables, Map<String, Object> submitted)
            throws IOException {
        return contract(file, Map.of()).accept("Việc", submitted, context(variables), true);
    }

    static String refusal(String file, Map<String, Object> variables, Map<String, Object> submitted) {
        try {
            accept(file, variables, submitted);
        } catch (FormContractViolation e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("được nhận: " + submitted);
    }

    @Test
    void aContributionTakesOnlyTheContribution() throws IOException {
        VariableMap accepted = accept("gui-y-kien-phoi-hop.form", Map.of(), values("contribution", "Thống nhất"));
        assertThat(plain(accepted)).containsOnly(Map.entry("contribution", "Thống nhất"));

        String refused = refusal("gui-y-kien-phoi-hop.form", Map.of(), values("contribution", "Thống nhất",
                "officer", "stp-chuyenvien", "dueAt", "2099-01-01", "leadAgency", "stp"));
        assertThat(refused).startsWith("Việc: biểu mẫu không có trường dueAt, leadAgency, officer")
                .endsWith("Không có gì được ghi.");
    }

    @Test
    void requiredFieldsMustBeThereOnCompletionButNotOnAChange() throws IOException {
        assertThat(refusal("gui-y-kien-phoi-hop.form", Map.of(), values()))
                .contains("thiếu Ý kiến, số liệu hoặc văn bản phối hợp");
        assertThat(refusal("gui-y-kien-phoi-hop.form", Map.of(), values("contribution", "   "))).contains("thiếu");
        VariableMap change = contract("gui-y-kien-phoi-hop.form", Map.of())
                .accept("Việc", values(), context(Map.of()), false);
        assertThat(plain(change)).isEmpty();
    }

    @Test
    void optionsAreOnlyThoseOffered() throws IOException {
        Map<String, Object> options = Map.of("officerOptions", List.of(Map.of("label", "Chuyên viên", "value",
                "snv-chuyenvien")), "agencyOptions", List.of(Map.of("label", "Sở Tư pháp", "value", "stp")));
        VariableMap accepted = accept("phan-cong-xu-ly.form", options, values("officer", "snv-chuyenvien",
                "coordinatingAgencies", "[\"stp\"]", "assignmentNote", "Khẩn"));
        assertThat(accepted.getValue("officer", String.class)).isEqualTo("snv-chuyenvien");
        assertThat((Object) accepted.getValueTyped("coordinatingAgencies")).isInstanceOf(JsonValue.class);
        assertThat(((JsonValue) accepted.getValueTyped("coordinatingAgencies")).getValueSerialized()).isEqualTo("[\"stp\"]");

        assertThat(refusal("phan-cong-xu-ly.form", options, values("officer", "stp-chuyenvien")))
                .contains("Chuyên viên xử lý: \"stp-chuyenvien\" không có trong các lựa chọn");
        assertThat(refusal("phan-cong-xu-ly.form", options, values("officer", "snv-chuyenvien",
                "coordinatingAgencies", List.of("stp", "stc")))).contains("\"stc\" không có trong các lựa chọn");
        assertThat(refusal("phan-cong-xu-ly.form", options, values("officer", "snv-chuyenvien",
                "coordinatingAgencies", List.of("stp", "stp")))).contains("được chọn hai lần");
        assertThat(refusal("phan-cong-xu-ly.form", options, values("officer", "snv-chuyenvien",
                "coordinatingAgencies", "stp,stc"))).contains("cần một danh sách lựa chọn");
        assertThat(refusal("phan-cong-xu-ly.form", Map.of(), values("officer", "snv-chuyenvien")))
                .contains("không có trong các lựa chọn");
    }

    @Test
    void returnReasonIsRequiredOnlyWhenTheProductIsReturnedAndDroppedWhenApproved() throws IOException {
        assertThat(refusal("duyet-san-pham.form", Map.of(), values("productApproved", "false")))
                .contains("thiếu Lý do trả lại");
        assertThat(refusal("duyet-san-pham.form", Map.of(), values("productApproved", "có lẽ")))
                .contains("không có trong các lựa chọn");
        VariableMap approved = accept("duyet-san-pham.form", Map.of("returnReason", "Cũ"),
                values("productApproved", true, "returnReason", "Lý do cũ"));
        assertThat(plain(approved)).containsOnly(Map.entry("productApproved", "true"));
        VariableMap returned = accept("duyet-san-pham.form", Map.of(),
                values("productApproved", "false", "returnReason", "Thiếu số liệu"));
        assertThat(plain(returned)).containsOnly(Map.entry("productApproved", "false"), Map.entry("returnReason", "Thiếu số liệu"));
    }

    @Test
    void datesAreCalendarDatesOfThisEraAndKeptAsTheFormWritesThem() throws IOException {
        Map<String, Object> product = values("documentNumber", "12/QĐ-UBND", "productSummary", "Đã ban hành");
        product.put("documentDate", "2030-02-30");
        assertThat(refusal("nop-san-pham.form", Map.of(), product)).contains("không phải ngày hợp lệ");
        product.put("documentDate", "+999999999-12-31");
        assertThat(refusal("nop-san-pham.form", Map.of(), product)).contains("không phải ngày hợp lệ");
        product.put("documentDate", "30/05/2030");
        assertThat(refusal("nop-san-pham.form", Map.of(), product)).contains("không phải ngày hợp lệ");
        product.put("documentDate", "2030-05-30");
        assertThat(accept("nop-san-pham.form", Map.of(), product).getValue("documentDate", String.class))
                .isEqualTo("2030-05-30");
    }

    @Test
    void textIsBoundedAndFreeOfControlCharacters() throws IOException {
        Map<String, Object> product = values("documentNumber", "x".repeat(501), "documentDate", "2030-05-30",
                "productSummary", "Tóm tắt");
        assertThat(refusal("nop-san-pham.form", Map.of(), product)).contains("Số, ký hiệu văn bản dài quá 500 ký tự");
        product.put("documentNumber", "12/QĐ");
        product.put("productSummary", "a".repeat(10_001));
        assertThat(refusal("nop-san-pham.form", Map.of(), product)).contains("dài quá 10000 ký tự");
        product.put("productSummary", "có\u0000NUL");
        assertThat(refusal("nop-san-pham.form", Map.of(), product)).contains("ký tự điều khiển");
        product.put("productSummary", "Dòng 1\nDòng 2\tcó tab");
        assertThat(accept("nop-san-pham.form", Map.of(), product).getValue("productSummary", String.class))
                .contains("\t");
        product.put("productSummary", List.of("a", "b"));
        assertThat(refusal("nop-san-pham.form", Map.of(), product)).contains("cần một giá trị đơn");
    }

    @Test
    void aNewDueDateIsAskedForOnlyWithThatChoice() throws IOException {
        assertThat(refusal("xu-ly-qua-han.form", Map.of(), values("overdueAction", "NEW_DATE")))
                .contains("thiếu Thời hạn mới");
        assertThat(refusal("xu-ly-qua-han.form", Map.of(), values("overdueAction", "URGE"))).contains("thiếu Nội dung đôn đốc");
        assertThat(accept("xu-ly-qua-han.form", Map.of(), values("overdueAction", "EXPLAIN", "newDueDate", "2030-07-01"))
                .keySet()).as("hidden: not kept").containsExactly("overdueAction");
        assertThat(refusal("xu-ly-qua-han.form", Map.of(), values("overdueAction", "EXPLAIN", "newDueDate", "mai")))
                .as("hidden, still not a date").contains("không phải ngày hợp lệ");
    }

    @Test
    void processRulesRunOnTheCheckedValue() throws IOException {
        FieldRule afterToday = (value, context) -> {
            if (!((LocalDate) value).isAfter(context.today())) {
                throw FieldRule.refuse("Thời hạn mới phải sau hôm nay");
            }
        };
        FormContract contract = contract("xu-ly-qua-han.form", Map.of("newDueDate", afterToday));
        assertThatThrownBy(() -> contract.accept("Việc", values("overdueAction", "NEW_DATE", "newDueDate", "2030-06-10"),
                context(Map.of()), true)).hasMessageContaining("Thời hạn mới phải sau hôm nay");
        assertThat(contract.accept("Việc", values("overdueAction", "NEW_DATE", "newDueDate", "2030-06-11"),
                context(Map.of()), true).getValue("newDueDate", String.class)).isEqualTo("2030-06-11");
    }

    @Test
    void aRequiredCheckboxMustBeTicked() throws IOException {
        assertThat(refusal("tiep-nhan-bao-cao.form", Map.of(), values("reportAcknowledged", false))).contains("thiếu");
        assertThat(refusal("tiep-nhan-bao-cao.form", Map.of(), values("reportAcknowledged", "có"))).contains("đúng hoặc sai");
        assertThat(accept("tiep-nhan-bao-cao.form", Map.of(), values("reportAcknowledged", "true"))
                .getValue("reportAcknowledged", Boolean.class)).isTrue();
    }

    static Map<String, Object> reportVariables() {
        return Map.of("progressItems", List.of(
                new HashMap<>(Map.of("taskCode", "KH1-1", "title", "Rà soát", "deadlineText", "Thường xuyên")),
                new HashMap<>(Map.of("taskCode", "KH1-2", "title", "Tuyên truyền", "deadlineText", "Quý IV"))));
    }

    @Test
    void dynamicListRowsHoldOnlyTheirChildKeysAndKeepTheRestOfEachRow() throws IOException {
        Map<String, Object> report = values("reportText", "Tốt", "reportLink", "12/BC", "progressItems", List.of(
                Map.of("taskCode", "KH1-1", "progressPercent", 50, "progressText", "Đang làm"),
                Map.of("taskCode", "KH1-2", "progressPercent", "100", "progressText", "Xong")));
        VariableMap accepted = accept("lap-bao-cao.form", reportVariables(), report);

        Object rows = PlainValues.of(accepted.getValueTyped("progressItems"));
        assertThat(rows).asList().hasSize(2);
        assertThat((Map<String, Object>) ((List<?>) rows).get(0)).containsEntry("title", "Rà soát")
                .containsEntry("progressText", "Đang làm").containsEntry("deadlineText", "Thường xuyên");
        assertThat(((Map<?, ?>) ((List<?>) rows).get(1)).get("progressPercent").toString()).isEqualTo("100");
    }

    @Test
    void dynamicListRowsAreRefusedWhenTheyDoNotFitTheList() throws IOException {
        Map<String, Object> report = values("reportText", "Tốt", "reportLink", "12/BC");
        report.put("progressItems", List.of(Map.of("taskCode", "KH1-1", "progressText", "x")));
        assertThat(refusal("lap-bao-cao.form", reportVariables(), report)).contains("cần đúng 2 dòng");
        report.put("progressItems", List.of(Map.of("taskCode", "KH1-1", "progressText", "x", "title", "Đổi tên"),
                Map.of("taskCode", "KH1-2", "progressText", "y")));
        assertThat(refusal("lap-bao-cao.form", reportVariables(), report)).contains("dòng 1: danh sách không có trường title");
        report.put("progressItems", List.of(Map.of("taskCode", "KH9-9", "progressText", "x"),
                Map.of("taskCode", "KH1-2", "progressPercent", 101, "progressText", "y")));
        assertThat(refusal("lap-bao-cao.form", reportVariables(), report))
                .contains("dòng 1: Mã nhiệm vụ: trường chỉ đọc, không được sửa")
                .contains("dòng 2: Mức độ hoàn thành (%) phải trong khoảng từ 0 đến 100");
        report.put("progressItems", List.of(Map.of("taskCode", "KH1-1"), Map.of("taskCode", "KH1-2", "progressText", "y")));
        assertThat(refusal("lap-bao-cao.form", reportVariables(), report))
                .contains("thiếu Tiến độ từng nhiệm vụ, dòng 1: Kết quả thực hiện trong kỳ");
        report.put("progressItems", "không phải JSON");
        assertThat(refusal("lap-bao-cao.form", reportVariables(), report)).contains("Không phải JSON hợp lệ");
    }

    @Test
    void yearEndRowsTakeADecisionEachAndKeepTheirTaskCode() throws IOException {
        Map<String, Object> variables = Map.of("unfinishedTasks", List.of(
                new HashMap<>(Map.of("taskCode", "KH1-5", "title", "Việc 5"))));
        VariableMap accepted = accept("quyet-dinh-ket-thuc-nam.form", variables,
                values("unfinishedTasks", List.of(Map.of("decision", "CARRY_OVER"))));
        assertThat(PlainValues.of(accepted.getValueTyped("unfinishedTasks")))
                .isEqualTo(List.of(Map.of("taskCode", "KH1-5", "title", "Việc 5", "decision", "CARRY_OVER")));
        assertThat(refusal("quyet-dinh-ket-thuc-nam.form", variables,
                values("unfinishedTasks", List.of(Map.of("decision", "DELETE"))))).contains("không có trong các lựa chọn");
        assertThat(refusal("quyet-dinh-ket-thuc-nam.form", variables,
                values("unfinishedTasks", List.of(Map.of())))).contains("thiếu");
    }
}
