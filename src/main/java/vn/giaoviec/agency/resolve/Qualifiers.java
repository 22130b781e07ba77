package vn.giaoviec.agency.resolve;

import java.util.List;
import java.util.Set;
import vn.giaoviec.agency.resolve.NameTokens.Token;

/**
 * Words that narrow a collective and belong to it: "Các cơ quan, đơn vị <em>được ghi kế hoạch</em>",
 * "Các xã <em>đang và chuẩn bị được công nhận</em> …", "UBND cấp xã <em>trên địa bàn</em>". They run
 * from a qualifying word right after the collective to the next hard break (";", a new line) or the
 * next comma that starts another name, so they never become an unknown agency of their own.
 */
final class Qualifiers {

    private static final Set<String> STARTS = Set.of("duoc", "dang", "thuoc", "truc", "tren", "co", "lien", "chua",
            "da", "nam", "o", "thuc", "tham", "trong", "theo", "khi");

    private Qualifiers() {
    }

    /** The index after the qualifier that starts at {@code from}, or {@code from} when none does. */
    static int end(List<Token> words, int from) {
        if (from >= words.size() || words.get(from).hardBreakBefore() || words.get(from).commaBefore()
                || !STARTS.contains(words.get(from).word())) {
            return from;
        }
        int end = from + 1;
        while (end < words.size() && !words.get(end).hardBreakBefore()
                && !(words.get(end).commaBefore() && LeftoverSplitter.startsName(words, end))) {
            end++;
        }
        return end;
    }
}
