package vn.giaoviec.bench.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Element;

/**
 * A work's form as an officer fills it in on the task page (forms/*.form rendered by the server):
 * the hidden fields as they are, a choice in every list, text in every empty box, today in a required date
 * (a list's folded empty row left alone),
 * a PDF in the file field; a product approved six times in seven, otherwise returned with a reason.
 * A field the form shows only under a condition on another field is sent only when that holds.
 */
record WorkForm(String kind, List<Browser.Part> parts) {

    /** The page names a form field "f." + its key (FormView), apart from the page's own fields. */
    private static final String FIELD_PREFIX = "f.";

    private static String key(String name) {
        return name.startsWith(FIELD_PREFIX) ? name.substring(FIELD_PREFIX.length()) : name;
    }

    static WorkForm fill(Element form, ThreadLocalRandom random, byte[] file) {
        Map<String, String> values = new LinkedHashMap<>(Browser.hiddenFields(form));
        for (Element choice : form.select("input[type=radio]")) {
            String name = choice.attr("name");
            if (!values.containsKey(name)) {
                boolean review = key(name).equals("productApproved");
                values.put(name, review ? String.valueOf(random.nextInt(7) != 0) : choice.attr("value"));
            }
        }
        for (Element select : form.select("select")) {
            List<Element> options = select.select("option[value~=.+]");
            if (!options.isEmpty() && shown(select, values) && !inFoldedRow(select)) {
                values.put(select.attr("name"), options.get(random.nextInt(options.size())).attr("value"));
            }
        }
        for (Element box : form.select("textarea, input[type=text], input[type=date], input[type=number]")) {
            // an optional date is left empty, as people do ("Hạn gửi ý kiến phối hợp": empty means the default)
            // (the page marks a required field by its label's class; the server checks it)
            Element label = form.selectFirst("label[for=" + box.id() + "]");
            boolean optionalDate = box.attr("type").equals("date") && (label == null || !label.hasClass("required"));
            if (shown(box, values) && !optionalDate && !inFoldedRow(box)) {
                values.put(box.attr("name"), valueFor(box, key(box.attr("name"))));
            }
        }
        List<Browser.Part> parts = new ArrayList<>();
        values.forEach((name, value) -> parts.add(Browser.Part.field(name, value)));
        Element upload = form.selectFirst("input[type=file]");
        if (upload != null) {
            parts.add(new Browser.Part(upload.attr("name"), null, "san-pham.pdf", file));
        }
        return new WorkForm(kind(values), parts);
    }

    /**
     * A field of the empty row a list people may add to keeps folded until "Thêm một dòng" ("Hạn riêng
     * của từng cơ quan"): left empty, as people leave it unless they have an exception to give.
     */
    private static boolean inFoldedRow(Element field) {
        return field.closest("[data-blank=true]") != null;
    }

    /** The work, told by its form's fields. */
    private static String kind(Map<String, String> values) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        values.keySet().forEach(name -> keys.add(key(name)));
        if (keys.contains("officer")) {
            return "phân công (assignTask)";
        }
        if (keys.contains("productApproved")) {
            return "duyệt sản phẩm (reviewProduct)";
        }
        if (keys.contains("documentNumber")) {
            return "nộp sản phẩm + tệp PDF (submitProduct)";
        }
        if (keys.contains("contribution")) {
            return "gửi ý kiến phối hợp (sendContribution)";
        }
        return "việc khác";
    }

    private static String valueFor(Element box, String name) {
        String typed = box.tagName().equals("textarea") ? box.text() : box.attr("value");
        if (!typed.isBlank()) {
            return typed;
        }
        return switch (box.attr("type")) {
            case "date" -> LocalDate.now().toString(); // "Ngày văn bản": the day the document is signed
            case "number" -> "1";
            default -> switch (name) {
                case "documentNumber" -> "15/KH-UBND";
                case "productLink" -> "https://vanban.example.invalid/15";
                case "returnReason" -> "Bổ sung số liệu";
                default -> "Thống nhất nội dung, đề nghị triển khai đúng hạn";
            };
        };
    }

    /** The field's condition (data-show-* on its wrapper, FormView) holds for the values chosen so far. */
    private static boolean shown(Element field, Map<String, String> values) {
        Element wrapper = field.closest("[data-show-field]");
        if (wrapper == null) {
            return true;
        }
        String other = wrapper.attr("data-show-field");
        String value = values.getOrDefault(FIELD_PREFIX + other, values.getOrDefault(other, ""));
        boolean equal = value.equals(wrapper.attr("data-show-value"));
        return equal == Boolean.parseBoolean(wrapper.attr("data-show-equal"));
    }
}
