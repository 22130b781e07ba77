package vn.giaoviec.text;

import java.text.Normalizer;

/** Vietnamese text compared as people read it: without case and diacritics ("Quý" = "quy", "Đ" = "d"). */
public final class VietnameseText {

    private VietnameseText() {
    }

    /**
     * Lower case without diacritics, "đ" as "d"; one output char per input char, so that offsets
     * found in the folded text hold in the original. Give it NFC text (precomposed letters).
     */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return out.toString();
    }

    private static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(base.charAt(0));
    }
}
