package vn.giaoviec.agency.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.giaoviec.text.PhraseNormalizer;

/**
 * Splits agency text into matching words: each word normalized by {@link PhraseNormalizer}
 * (no diacritics, lower case), punctuation dropped, "&" and a joining "-" read as "và",
 * "VP" as "văn phòng", "Ủy ban nhân dân" as "UBND". Every word keeps its span in the cleaned text.
 */
final class NameTokens {

    /** A word of the cleaned text, with what separated it from the previous word. */
    record Token(String word, int start, int end, boolean hardBreakBefore, boolean commaBefore) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|&");
    private static final Pattern LINE = Pattern.compile("\\R");
    private static final Pattern HARD_BREAK = Pattern.compile("[;•+]");
    private static final List<String> UBND_LONG = List.of("uy", "ban", "nhan", "dan");
    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "&", List.of("va"),
            "vp", List.of("van", "phong"),
            "tp", List.of("thanh", "pho"),
            "tx", List.of("thi", "xa"));

    private final PhraseNormalizer normalizer = new PhraseNormalizer();

    /** The cell as one line: each line cleaned (bullets dropped), lines joined by ";". */
    String prepare(String raw) {
        if (raw == null) {
            return "";
        }
        return LINE.splitAsStream(raw).map(normalizer::clean).filter(line -> !line.isBlank())
                .collect(Collectors.joining(" ; "));
    }

    List<Token> tokenize(String cleaned) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(cleaned);
        int previousEnd = 0;
        while (matcher.find()) {
            String gap = cleaned.substring(previousEnd, matcher.start());
            addWord(tokens, matcher, gap);
            previousEnd = matcher.end();
        }
        return mergeUbnd(tokens);
    }

    /** The matching key of a name: its words joined by single spaces. */
    String key(String name) {
        return key(tokenize(prepare(name)));
    }

    static String key(List<Token> tokens) {
        return tokens.stream().map(Token::word).collect(Collectors.joining(" "));
    }

    private void addWord(List<Token> tokens, Matcher matcher, String gap) {
        boolean hard = HARD_BREAK.matcher(gap).find();
        boolean comma = gap.contains(",");
        if (gap.contains("-") && !hard && !comma && !tokens.isEmpty()) {
            tokens.add(new Token("va", matcher.start(), matcher.start(), false, false));
        }
        String word = normalizer.normalize(matcher.group());
        List<String> words = ABBREVIATIONS.getOrDefault(word, List.of(word));
        for (int i = 0; i < words.size(); i++) {
            boolean first = i == 0;
            tokens.add(new Token(words.get(i), matcher.start(), matcher.end(), first && hard, first && comma));
        }
    }

    private static List<Token> mergeUbnd(List<Token> tokens) {
        List<Token> merged = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (startsWith(tokens, i, UBND_LONG)) {
                Token first = tokens.get(i);
                Token last = tokens.get(i + UBND_LONG.size() - 1);
                merged.add(new Token("ubnd", first.start(), last.end(), first.hardBreakBefore(), first.commaBefore()));
                i += UBND_LONG.size();
            } else {
                merged.add(tokens.get(i++));
            }
        }
        return merged;
    }

    private static boolean startsWith(List<Token> tokens, int from, List<String> words) {
        if (from + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(from + k).word().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
