package vn.giaoviec.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese locale of each Camunda webapp has every key of the English one that Camunda ships
 * (read from the webjar on the classpath), keeps its placeholders and markup, and is switched on.
 */
class VietnameseLocaleTest {

    private static final String APP = "/META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern DIACRITIC = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]");
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseHasEveryEnglishKeyWithTheSamePlaceholders(String app) throws IOException {
        Map<String, String> english = flatten(read(APP + app + "/locales/en.json"));
        Map<String, String> vietnamese = flatten(read(APP + app + "/locales/vi.json"));

        assertThat(vietnamese.keySet()).as(app).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, value) -> assertThat(placeholders(vietnamese.get(key))).as(app + " " + key)
                .isEqualTo(placeholders(value)));
        long translated = vietnamese.values().stream().filter(v -> DIACRITIC.matcher(v.toLowerCase()).find()).count();
        assertThat(translated).as(app + ": values written in Vietnamese").isGreaterThan(english.size() * 8L / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configOffersVietnameseWithEnglishFallback(String app) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(APP + app + "/scripts/config.js")) {
            String config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(config).contains("availableLocales: ['vi', 'en']", "fallbackLocale: 'en'");
        }
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> result = new TreeMap<>();
        flatten("", node, result);
        return result;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> result) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(prefix + "/" + field.getKey(), field.getValue(), result);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), result);
            }
        } else {
            result.put(prefix, node.asText());
        }
    }

    /** The placeholders of a value, sorted: a translation may reorder them, not drop or rename them. */
    private static List<String> placeholders(String value) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(value == null ? "" : value);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        Collections.sort(found);
        return found;
    }
}
