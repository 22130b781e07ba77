package vn.giaoviec.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.giaoviec.agency.NameTokens.Token;

/**
 * Splits words that matched no known name into pieces: always at ";", newlines and bullets; at ","
 * and "và" only when the next word starts an agency name ("Sở", "UBND", "Các", …), so that an
 * unknown "Sở Văn hóa, Thể thao và Du lịch" stays whole. Filler words at the edges are dropped.
 */
final class LeftoverSplitter {

    private static final Set<String> EDGE_FILLERS = Set.of("va", "cac", "voi", "cung", "khac");
    private static final Set<String> ALONE_FILLERS = Set.of("tinh", "va", "cac", "voi", "cung", "khac");
    private static final Set<String> COMMON_HEADS = Set.of("so", "ubnd", "van", "phong", "ban", "cac",
            "trung", "cuc", "chi", "cong", "bo", "dai", "bao", "hoi", "kho", "ngan", "truong", "doan",
            "vien", "benh", "hdnd", "mat", "lien", "thanh", "tinh", "huyen", "bhxh");

    private final Predicate<String> knownHead;

    LeftoverSplitter(Predicate<String> knownHead) {
        this.knownHead = knownHead;
    }

    List<List<Token>> split(List<Token> words) {
        List<List<Token>> pieces = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            boolean nextIsHead = i + 1 < words.size() && isHead(words.get(i + 1).word());
            if (token.word().equals("va") && nextIsHead) {
                flush(pieces, current);
                continue;
            }
            if (token.hardBreakBefore() || token.commaBefore() && isHead(token.word())) {
                flush(pieces, current);
            }
            current.add(token);
        }
        flush(pieces, current);
        return pieces;
    }

    private boolean isHead(String word) {
        return COMMON_HEADS.contains(word) || knownHead.test(word);
    }

    private static void flush(List<List<Token>> pieces, List<Token> current) {
        List<Token> piece = trim(current);
        current.clear();
        if (!piece.isEmpty() && !piece.stream().allMatch(LeftoverSplitter::isFiller)) {
            pieces.add(piece);
        }
    }

    private static List<Token> trim(List<Token> piece) {
        int from = 0;
        int to = piece.size();
        while (from < to - 1 && EDGE_FILLERS.contains(piece.get(from).word())) {
            from++;
        }
        while (to - 1 > from && EDGE_FILLERS.contains(piece.get(to - 1).word())) {
            to--;
        }
        return new ArrayList<>(piece.subList(from, to));
    }

    private static boolean isFiller(Token token) {
        String word = token.word();
        return ALONE_FILLERS.contains(word) || word.chars().allMatch(Character::isDigit) || word.length() == 1;
    }
}
