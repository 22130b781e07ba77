package vn.giaoviec.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The yearly decisions on days off (ngày nghỉ hoán đổi, Tết days, ngày làm bù), kept in a YAML
 * file an administrator edits without a rebuild. See config/calendar-overrides.yaml for the format.
 */
public final class CalendarOverrides {

    /** Where the application carries its own copy of the overrides file (the build packages config/). */
    public static final String PACKAGED = "config/calendar-overrides.yaml";

    private static final CalendarOverrides EMPTY = new CalendarOverrides(Map.of());

    private final Map<Integer, YearOverrides> years;

    public CalendarOverrides(Map<Integer, YearOverrides> years) {
        this.years = Map.copyOf(new TreeMap<>(years));
    }

    /** No decisions: only the Labour Code's rules apply. */
    public static CalendarOverrides empty() {
        return EMPTY;
    }

    /**
     * Reads the file; a missing file means no overrides.
     *
     * @throws IllegalArgumentException with a Vietnamese message naming the file and line when it is malformed
     */
    public static CalendarOverrides load(Path file) {
        if (!Files.exists(file)) {
            return EMPTY;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Không đọc được tệp lịch nghỉ \"" + file + "\": " + e.getMessage(), e);
        }
    }

    /** The copy of config/calendar-overrides.yaml packaged in the application, when it has one. */
    public static Optional<CalendarOverrides> loadPackaged() {
        InputStream in = CalendarOverrides.class.getClassLoader().getResourceAsStream(PACKAGED);
        if (in == null) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(read(reader, "classpath:" + PACKAGED));
        } catch (IOException e) {
            throw new IllegalArgumentException("Không đọc được bản đóng gói của tệp lịch nghỉ: " + e.getMessage(), e);
        }
    }

    private static CalendarOverrides read(Reader reader, String source) {
        try {
            Node root = new Yaml().compose(reader);
            return new CalendarOverrides(new OverridesYamlReader(source).read(root));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new IllegalArgumentException("Tệp lịch nghỉ \"" + source + "\", dòng " + line
                    + ": sai cú pháp YAML (" + e.getProblem() + ").", e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("Không đọc được tệp lịch nghỉ \"" + source + "\": " + e.getMessage(), e);
        }
    }

    /** The decisions for a year, or {@link YearOverrides#NONE}. */
    public YearOverrides forYear(int year) {
        return years.getOrDefault(year, YearOverrides.NONE);
    }

    public Map<Integer, YearOverrides> years() {
        return years;
    }
}
