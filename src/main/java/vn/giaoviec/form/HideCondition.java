package vn.giaoviec.form;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The FEEL that the forms' {@code conditional.hide} use, evaluated as form-js does: comparisons
 * ({@code x = null}, {@code x != "v"}, {@code count(x) > 0}, numbers, booleans) joined by {@code or},
 * {@code and}, {@code not(…)} and parentheses, over the form data; {@code this.x} reads the current
 * row of a dynamic list (the data's {@code "this"} entry). A missing variable is null; a comparison
 * of unlike values is false, {@code !=} its negation. Anything else is not this subset:
 * {@link #of} answers empty, so that a designer's richer expression is never guessed at.
 */
public final class HideCondition implements Predicate<Map<String, ?>> {

    private static final Map<String, Optional<HideCondition>> PARSED = new ConcurrentHashMap<>();

    private final Node root;

    private HideCondition(Node root) {
        this.root = root;
    }

    /** The condition of a FEEL expression (with or without its leading {@code =}), if in the subset. */
    public static Optional<HideCondition> of(String feel) {
        String expression = feel.trim().startsWith("=") ? feel.trim().substring(1) : feel.trim();
        return PARSED.computeIfAbsent(expression, text -> {
            try {
                return Optional.of(new HideCondition(new FeelParser(text).parse()));
            } catch (IllegalArgumentException unsupported) {
                return Optional.empty();
            }
        });
    }

    /** True only when the expression evaluates to true (null or false do not hide, as in form-js). */
    @Override
    public boolean test(Map<String, ?> data) {
        return Boolean.TRUE.equals(root.eval(data));
    }

    /** A node of the parsed expression. */
    interface Node {
        Object eval(Map<String, ?> data);
    }

    record Literal(Object value) implements Node {
        public Object eval(Map<String, ?> data) {
            return value;
        }
    }

    record Path(List<String> names) implements Node {
        public Object eval(Map<String, ?> data) {
            Object value = PlainValues.of(data.get(names.get(0)));
            for (String name : names.subList(1, names.size())) {
                value = value instanceof Map<?, ?> map ? PlainValues.of(map.get(name)) : null;
            }
            return value;
        }
    }

    record Count(Node list) implements Node {
        public Object eval(Map<String, ?> data) {
            return list.eval(data) instanceof Collection<?> items ? BigDecimal.valueOf(items.size()) : null;
        }
    }

    record Not(Node operand) implements Node {
        public Object eval(Map<String, ?> data) {
            return operand.eval(data) instanceof Boolean b ? !b : null;
        }
    }

    record Logic(boolean and, Node left, Node right) implements Node {
        public Object eval(Map<String, ?> data) {
            boolean l = Boolean.TRUE.equals(left.eval(data));
            boolean r = Boolean.TRUE.equals(right.eval(data));
            return and ? l && r : l || r;
        }
    }

    record Comparison(String operator, Node left, Node right) implements Node {
        public Object eval(Map<String, ?> data) {
            Object l = left.eval(data);
            Object r = right.eval(data);
            return switch (operator) {
                case "=" -> same(l, r);
                case "!=" -> !same(l, r);
                default -> order(l, r);
            };
        }

        private Object order(Object l, Object r) {
            if (!(l instanceof BigDecimal a) || !(r instanceof BigDecimal b)) {
                return null;
            }
            int c = a.compareTo(b);
            return switch (operator) {
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "<" -> c < 0;
                default -> c <= 0;
            };
        }

        private static boolean same(Object l, Object r) {
            if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
                return a.compareTo(b) == 0;
            }
            return Objects.equals(l, r);
        }
    }
}
