package vn.giaoviec.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns the YAML node tree of the overrides file into {@link YearOverrides}. Works on nodes, not
 * on loaded maps, so every error can name its line and dates stay text (no time zone surprises).
 */
final class OverridesYamlReader {

    private static final Set<String> YEAR_KEYS = Set.of("tet", "national-day-adjacent", "days-off", "working-days");

    private final String file;

    OverridesYamlReader(String file) {
        this.file = file;
    }

    Map<Integer, YearOverrides> read(Node root) {
        Map<Integer, YearOverrides> years = new HashMap<>();
        if (root == null) {
            return years;
        }
        for (NodeTuple entry : mapping(root).getValue()) {
            String key = scalar(entry.getKeyNode());
            if (!"years".equals(key)) {
                throw error(entry.getKeyNode(), "khóa \"" + key + "\" không được hỗ trợ (chỉ dùng \"years\")");
            }
            if (!isNull(entry.getValueNode())) {
                for (NodeTuple year : mapping(entry.getValueNode()).getValue()) {
                    int number = year(year.getKeyNode());
                    years.put(number, yearOverrides(number, year.getValueNode()));
                }
            }
        }
        return years;
    }

    private YearOverrides yearOverrides(int year, Node node) {
        List<LocalDate> tet = new ArrayList<>();
        LocalDate adjacent = null;
        List<Holiday> off = new ArrayList<>();
        List<Holiday> working = new ArrayList<>();
        for (NodeTuple entry : mapping(node).getValue()) {
            String key = scalar(entry.getKeyNode());
            Node value = entry.getValueNode();
            switch (key) {
                case "tet" -> sequence(value).forEach(day -> tet.add(date(day, year)));
                case "national-day-adjacent" -> adjacent = nationalDayAdjacent(value, year);
                case "days-off" -> sequence(value).forEach(day -> off.add(holiday(day, year, "Ngày nghỉ hoán đổi")));
                case "working-days" -> sequence(value).forEach(day -> working.add(holiday(day, year, "Ngày làm bù")));
                default -> throw error(entry.getKeyNode(), "khóa \"" + key + "\" không được hỗ trợ (dùng: "
                        + String.join(", ", YEAR_KEYS.stream().sorted().toList()) + ")");
            }
        }
        return new YearOverrides(tet, adjacent, off, working);
    }

    private LocalDate nationalDayAdjacent(Node node, int year) {
        LocalDate date = date(node, year);
        if (!date.equals(LocalDate.of(year, 9, 1)) && !date.equals(LocalDate.of(year, 9, 3))) {
            throw error(node, "ngày liền kề Quốc khánh phải là 01/9 hoặc 03/9, không phải " + date);
        }
        return date;
    }

    /** Either a plain date or {date: ..., name: "..."}. */
    private Holiday holiday(Node node, int year, String defaultName) {
        if (node instanceof ScalarNode) {
            return new Holiday(date(node, year), defaultName);
        }
        Node dateNode = null;
        String name = defaultName;
        for (NodeTuple field : mapping(node).getValue()) {
            String key = scalar(field.getKeyNode());
            if ("date".equals(key)) {
                dateNode = field.getValueNode();
            } else if ("name".equals(key)) {
                name = scalar(field.getValueNode());
            } else {
                throw error(field.getKeyNode(), "khóa \"" + key + "\" không được hỗ trợ (dùng: date, name)");
            }
        }
        if (dateNode == null) {
            throw error(node, "thiếu \"date\"");
        }
        return new Holiday(date(dateNode, year), name);
    }

    private LocalDate date(Node node, int year) {
        String text = scalar(node);
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(node, "ngày \"" + text + "\" không hợp lệ (cần dạng yyyy-mm-dd)");
        }
        if (date.getYear() != year) {
            throw error(node, "ngày " + text + " không thuộc năm " + year);
        }
        return date;
    }

    private int year(Node node) {
        String text = scalar(node);
        try {
            int year = Integer.parseInt(text);
            if (year >= 1900 && year <= 2199) {
                return year;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the line
        }
        throw error(node, "năm \"" + text + "\" không hợp lệ (cần từ 1900 đến 2199)");
    }

    private MappingNode mapping(Node node) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw error(node, "cần một bảng dạng \"khóa: giá trị\"");
    }

    private List<Node> sequence(Node node) {
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        throw error(node, "cần một danh sách, ví dụ [2024-02-08, 2024-02-09]");
    }

    private String scalar(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue().trim();
        }
        throw error(node, "cần một giá trị đơn");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && (s.getValue().isEmpty() || "null".equals(s.getValue()) || "~".equals(s.getValue()));
    }

    private IllegalArgumentException error(Node node, String what) {
        int line = node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        return new IllegalArgumentException("Tệp lịch nghỉ \"" + file + "\", dòng " + line + ": " + what + ".");
    }
}
