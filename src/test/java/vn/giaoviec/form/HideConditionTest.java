package vn.giaoviec.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The FEEL of the forms' conditional.hide, evaluated as form-js does. */
class HideConditionTest {

    static boolean hides(String feel, Map<String, ?> data) {
        return HideCondition.of(feel).orElseThrow().test(data);
    }

    static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    @Test
    void returnReasonIsAskedForOnlyWhenReturning() {
        String feel = "=productApproved != \"false\"";
        assertThat(hides(feel, data())).isTrue();
        assertThat(hides(feel, data("productApproved", "true"))).isTrue();
        assertThat(hides(feel, data("productApproved", "false"))).isFalse();
    }

    @Test
    void nullOrEmptyJoinedByOr() {
        String feel = "returnReason = null or returnReason = \"\"";
        assertThat(hides(feel, data())).isTrue();
        assertThat(hides(feel, data("returnReason", ""))).isTrue();
        assertThat(hides(feel, data("returnReason", "Thiếu số liệu"))).isFalse();
    }

    @Test
    void countOfAListVariableInWhateverFormTheEngineHoldsIt() {
        String feel = "count(progressItems) > 0";
        assertThat(hides(feel, data("progressItems", List.of(Map.of("taskCode", "KH1-1"))))).isTrue();
        assertThat(hides(feel, data("progressItems", List.of()))).isFalse();
        assertThat(hides(feel, data("progressItems", Variables.stringValue("x")))).isFalse();
        assertThat(hides(feel, data())).isFalse();
        assertThat(hides(feel, data("progressItems",
                org.camunda.spin.plugin.variable.SpinValues.jsonValue("[{\"a\":1},{\"a\":2}]").create()))).isTrue();
    }

    @Test
    void andNotParenthesesNumbersBooleansAndRowPaths() {
        assertThat(hides("not(a = 1) and (b or c)", data("a", 2, "b", false, "c", true))).isTrue();
        assertThat(hides("not(a = 1) and (b or c)", data("a", 1L, "b", true))).isFalse();
        assertThat(hides("this.percent >= 100", data("this", Map.of("percent", 100)))).isTrue();
        assertThat(hides("this.percent < 2.5", data("this", Map.of("percent", 3)))).isFalse();
    }

    @Test
    void unlikeValuesAreNotEqual() {
        assertThat(hides("approved = \"true\"", data("approved", true))).isFalse();
        assertThat(hides("approved != \"true\"", data("approved", true))).isTrue();
        assertThat(hides("n > 0", data("n", "5"))).isFalse();
    }

    @Test
    void expressionsOutsideTheSubsetAreNotGuessedAt() {
        assertThat(HideCondition.of("string length(x) > 3")).isEmpty();
        assertThat(HideCondition.of("x in [1, 2]")).isEmpty();
        assertThat(HideCondition.of("is defined(x)")).isEmpty();
        assertThat(HideCondition.of("contains(x, \"a\")")).isEmpty();
        assertThat(HideCondition.of("x = \"unterminated")).isEmpty();
        assertThat(HideCondition.of("x =")).isEmpty();
    }

    @Test
    void aComponentWithAnUnsupportedConditionIsNeverHidden() {
        FormComponent component = new FormComponent("textarea", "f", "f", null, "F", null, null, null, null, null,
                null, false, false, "x in [1]", null, null, false, null);
        assertThat(component.hiddenFor(data("x", 1))).isFalse();
    }
}
