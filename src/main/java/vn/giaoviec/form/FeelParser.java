package vn.giaoviec.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.giaoviec.form.HideCondition.Comparison;
import vn.giaoviec.form.HideCondition.Count;
import vn.giaoviec.form.HideCondition.Literal;
import vn.giaoviec.form.HideCondition.Logic;
import vn.giaoviec.form.HideCondition.Node;
import vn.giaoviec.form.HideCondition.Not;
import vn.giaoviec.form.HideCondition.Path;

/** Recursive descent over the FEEL subset of {@link HideCondition}; anything else is an IllegalArgumentException. */
final class FeelParser {

    private final List<String> tokens;
    private int next;

    FeelParser(String text) {
        this.tokens = tokenize(text);
    }

    Node parse() {
        Node node = or();
        if (next != tokens.size()) {
            throw unsupported();
        }
        return node;
    }

    private Node or() {
        Node node = and();
        while (accept("or")) {
            node = new Logic(false, node, and());
        }
        return node;
    }

    private Node and() {
        Node node = comparison();
        while (accept("and")) {
            node = new Logic(true, node, comparison());
        }
        return node;
    }

    private Node comparison() {
        Node left = operand();
        for (String operator : List.of("!=", ">=", "<=", "=", ">", "<")) {
            if (accept(operator)) {
                return new Comparison(operator, left, operand());
            }
        }
        return left;
    }

    private Node operand() {
        String token = take();
        if (token.equals("(")) {
            Node inner = or();
            expect(")");
            return inner;
        }
        if (token.startsWith("\"")) {
            return new Literal(token.substring(1));
        }
        if (Character.isDigit(token.charAt(0))) {
            return new Literal(new BigDecimal(token));
        }
        switch (token) {
            case "null" -> {
                return new Literal(null);
            }
            case "true", "false" -> {
                return new Literal(Boolean.valueOf(token));
            }
            case "count", "not" -> {
                expect("(");
                Node argument = or();
                expect(")");
                return token.equals("count") ? new Count(argument) : new Not(argument);
            }
            default -> {
                return path(token);
            }
        }
    }

    private Node path(String first) {
        if (!isName(first)) {
            throw unsupported();
        }
        List<String> names = new ArrayList<>(List.of(first));
        while (accept(".")) {
            String name = take();
            if (!isName(name)) {
                throw unsupported();
            }
            names.add(name);
        }
        if (next < tokens.size() && tokens.get(next).equals("(")) {
            throw unsupported(); // a function outside the subset
        }
        return new Path(names);
    }

    private boolean accept(String token) {
        if (next < tokens.size() && tokens.get(next).equals(token)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw unsupported();
        }
    }

    private String take() {
        if (next >= tokens.size()) {
            throw unsupported();
        }
        return tokens.get(next++);
    }

    private static boolean isName(String token) {
        return Character.isLetter(token.charAt(0)) || token.charAt(0) == '_';
    }

    private static IllegalArgumentException unsupported() {
        return new IllegalArgumentException("FEEL ngoài tập con hỗ trợ");
    }

    /** Names, numbers, strings (kept with their opening quote), operators and parentheses. */
    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                StringBuilder value = new StringBuilder("\"");
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                if (i >= text.length()) {
                    throw unsupported();
                }
                i++;
                tokens.add(value.toString());
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || Character.isDigit(c) && text.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(text.substring(start, i));
            } else if ((c == '!' || c == '>' || c == '<') && i + 1 < text.length() && text.charAt(i + 1) == '=') {
                tokens.add(text.substring(i, i + 2));
                i += 2;
            } else if ("=<>().".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                throw unsupported();
            }
        }
        return tokens;
    }
}
