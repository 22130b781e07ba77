package vn.giaoviec.agency.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.giaoviec.agency.resolve.NameTokens.Token;

/**
 * Splits words that matched no known name into pieces: always at ";", newlines and bullets; at ","
 * and "và" only when the next words start an agency name ("Sở", "UBND", "Các", "Công an", "Trung tâm",
 * or the first two words of a known name), so that unknown names with "và" or commas stay whole:
 * "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã
 * hội", "Phòng Văn hóa và Thông tin". Filler words at the edges are dropped.
 */
final class LeftoverSplitter {

    private static final Set<String> EDGE_FILLERS = Set.of("va", "cac", "voi", "cung", "khac");
    private static final Set<String> ALONE_FILLERS = Set.of("tinh", "va", "cac", "voi", "cung", "khac");
    /** Words that start an agency name on their own. */
    private static final Set<String> HEADS = Set.of("so", "ubnd", "phong", "ban", "cac", "cuc", "bo", "dai",
            "bao", "hoi", "truong", "doan", "vien", "hdnd", "bhxh", "toa", "chi");
    /** Word pairs that start an agency name (their first word alone does not: "công nghệ", "thanh niên"). */
    private static final Set<String> HEAD_PAIRS = Set.of("cong an", "cong ty", "van phong", "trung tam", "kho bac",
            "ngan hang", "thanh tra", "mat tran", "lien doan", "lien minh", "benh vien", "thanh pho", "thi xa",
            "tong cong", "quy dau", "chi cuc", "chi nhanh");

    private final Predicate<String> knownHeadPair;

    /** @param knownHeadPair true for the first two words (one word for a one-word name) of a known name */
    LeftoverSplitter(Predicate<String> knownHeadPair) {
        this.knownHeadPair = knownHeadPair;
    }

    /** Pieces between hard breaks only: ";", new lines, bullets. */
    List<List<Token>> splitHard(List<Token> words) {
        List<List<Token>> pieces = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : words) {
            if (token.hardBreakBefore()) {
                flush(pieces, current);
            }
            current.add(token);
        }
        flush(pieces, current);
        return pieces;
    }

    List<List<Token>> split(List<Token> words) {
        List<List<Token>> pieces = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            if (token.word().equals("va") && startsAt(words, i + 1)) {
                flush(pieces, current);
                continue;
            }
            if (token.hardBreakBefore() || token.commaBefore() && startsAt(words, i)) {
                flush(pieces, current);
            }
            current.add(token);
        }
        flush(pieces, current);
        return pieces;
    }

    private boolean startsAt(List<Token> words, int i) {
        return startsName(words, i) || i < words.size() && knownHeadPair.test(pair(words, i));
    }

    /** True when the words from i on start an agency name by the common heads. */
    static boolean startsName(List<Token> words, int i) {
        return i < words.size() && (HEADS.contains(words.get(i).word()) || HEAD_PAIRS.contains(pair(words, i)));
    }

    private static String pair(List<Token> words, int i) {
        return i + 1 < words.size() ? words.get(i).word() + " " + words.get(i + 1).word() : words.get(i).word();
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
