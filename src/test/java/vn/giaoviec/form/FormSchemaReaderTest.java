package vn.giaoviec.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The forms designers keep in forms/, read as the model pages render and contracts check. */
class FormSchemaReaderTest {

    static final Path FORMS = Path.of("forms");

    static FormSchema form(String file) throws IOException {
        return FormSchemaReader.read(Files.readString(FORMS.resolve(file)), file);
    }

    @Test
    void everyFormOfTheRepositoryReadsWithItsIdAndSchemaVersion() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            List<Path> forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
            assertThat(forms).hasSizeGreaterThanOrEqualTo(13);
            for (Path file : forms) {
                FormSchema schema = FormSchemaReader.read(Files.readString(file), file.toString());
                assertThat(schema.id()).as(file.toString()).isNotBlank();
                assertThat(schema.schemaVersion()).as(file.toString()).isEqualTo(16);
                assertThat(schema.components()).as(file.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void submitProductOwnsItsInputsInFormOrder() throws IOException {
        FormSchema form = form("nop-san-pham.form");

        assertThat(form.id()).isEqualTo("submitProduct");
        assertThat(form.variables()).containsExactly("documentNumber", "documentDate", "productSummary", "productLink");
        FormComponent date = form.field("documentDate").orElseThrow();
        assertThat(date.isDate()).isTrue();
        assertThat(date.label()).isEqualTo("Ngày văn bản");
        assertThat(date.isRequired()).isTrue();
        assertThat(form.field("productLink").orElseThrow().isRequired()).isFalse();
        assertThat(form.field("documentNumber").orElseThrow().description()).isEqualTo("Ví dụ: 123/QĐ-UBND");
    }

    @Test
    void textComponentsKeepTheirMarkdownAndHideConditions() throws IOException {
        FormSchema form = form("nop-san-pham.form");

        FormComponent notice = form.component("Field_ReturnNotice").orElseThrow();
        assertThat(notice.isDisplay()).isTrue();
        assertThat(notice.text()).isEqualTo("**Sản phẩm bị trả lại.** Lý do: {{returnReason}}");
        assertThat(notice.hide()).isEqualTo("returnReason = null or returnReason = \"\"");
        assertThat(notice.variable()).isNull();
    }

    @Test
    void optionsAreStaticValuesOrAVariable() throws IOException {
        FormComponent approved = form("duyet-san-pham.form").field("productApproved").orElseThrow();
        assertThat(approved.type()).isEqualTo("radio");
        assertThat(approved.values()).containsExactly(new FormOption("Duyệt sản phẩm", "true"),
                new FormOption("Trả lại để hoàn thiện", "false"));

        FormSchema assign = form("phan-cong-xu-ly.form");
        assertThat(assign.field("officer").orElseThrow().valuesKey()).isEqualTo("officerOptions");
        FormComponent coordinators = assign.field("coordinatingAgencies").orElseThrow();
        assertThat(coordinators.isMultiple()).isTrue();
        assertThat(coordinators.hasOptions()).isTrue();
        assertThat(coordinators.values()).isEmpty();
    }

    @Test
    void aDynamicListOwnsItsPathAndItsRowsOwnTheChildKeys() throws IOException {
        FormSchema form = form("lap-bao-cao.form");

        assertThat(form.variables()).containsExactly("progressItems", "reportText", "reportLink");
        FormComponent list = form.field("progressItems").orElseThrow();
        assertThat(list.isDynamicList()).isTrue();
        assertThat(list.allowAddRemove()).isFalse();
        assertThat(list.components()).extracting(FormComponent::key)
                .containsExactly(null, "taskCode", "progressPercent", "progressText");
        FormComponent code = list.components().get(1);
        assertThat(code.readonly()).isTrue();
        FormComponent percent = list.components().get(2);
        assertThat(percent.validation().min()).isEqualTo(0);
        assertThat(percent.validation().max()).isEqualTo(100);
        assertThat(list.components().get(0).text()).contains("{{this.taskCode}}");
    }

    @Test
    void tablesKeepTheirColumnsAndDataSource() throws IOException {
        FormComponent table = form("duyet-bao-cao.form").component("Field_ProgressTable").orElseThrow();

        assertThat(table.type()).isEqualTo("table");
        assertThat(table.dataSourceVariable()).isEqualTo("progressItems");
        assertThat(table.columns()).extracting(TableColumn::key)
                .containsExactly("taskCode", "title", "progressPercent", "progressText");
        assertThat(table.columns().get(1).label()).isEqualTo("Nhiệm vụ");
    }

    @Test
    void lengthBoundsAndReadonlyAreRead() {
        FormSchema form = FormSchemaReader.read("""
                {"id":"f","schemaVersion":16,"components":[
                  {"type":"textfield","id":"a","key":"a","readonly":true,"validate":{"minLength":2,"maxLength":40}},
                  {"type":"group","id":"g","components":[{"type":"checkbox","id":"b","key":"b","disabled":true}]}
                ]}""", "f.form");

        FormComponent a = form.field("a").orElseThrow();
        assertThat(a.validation()).isEqualTo(new FormValidation(false, 2, 40, null, null));
        assertThat(a.readonly()).isTrue();
        assertThat(form.variables()).containsExactly("a", "b");
        assertThat(form.field("b").orElseThrow().disabled()).isTrue();
    }

    @Test
    void aBrokenFileIsAFormSchemaExceptionNamingIt() {
        assertThatThrownBy(() -> FormSchemaReader.read("{\"components\": [", "hong.form"))
                .isInstanceOf(FormSchemaException.class).hasMessageContaining("hong.form");
        assertThatThrownBy(() -> FormSchemaReader.read("{\"components\": []}", "khong-id.form"))
                .isInstanceOf(FormSchemaException.class).hasMessageContaining("thiếu \"id\"");
    }
}
