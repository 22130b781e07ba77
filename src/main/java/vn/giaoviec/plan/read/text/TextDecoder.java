package vn.giaoviec.plan.read.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import vn.giaoviec.plan.read.PlanReadException;

/**
 * Decodes a text file, which must be UTF-8. Anything else is refused with the encoding named and a hint:
 * UTF-16 (Notepad's "Unicode"), and the legacy Vietnamese encodings still met in offices — TCVN3 (ABC),
 * VNI and Windows-1258 — told apart by how common Vietnamese words come out in each.
 */
public final class TextDecoder {

    static final String HINT = " Hãy mở tệp bằng Word hoặc Notepad, lưu lại với mã UTF-8 (hoặc lưu thành .docx)"
            + " rồi nhập lại.";

    /** Common words as each legacy encoding writes them, read byte by byte as Latin-1. */
    private static final List<String> TCVN3_WORDS = List.of("hµnh", "nhiÖm", "thùc", "hiÖn", "c¬ quan", "ch\u00ednh", "quý",
            "ViÖt", "Néi vô", "tØnh", "n¨m");
    private static final List<String> VNI_WORDS = List.of("haønh", "nhieäm", "thöïc", "hieän", "cô quan", "Noäi vuï",
            "tænh", "naêm", "Vieät");
    private static final List<String> VIETNAMESE_WORDS = List.of("hành", "nhiệm", "thực", "hiện", "cơ quan", "tỉnh",
            "năm", "kế hoạch", "việt");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || looksLikeUtf16(bytes)) {
            throw new PlanReadException("Tệp văn bản dùng mã UTF-16 (\"Unicode\" của Notepad), chưa đọc được." + HINT);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new PlanReadException("Tệp văn bản có ký tự NUL (tệp nhị phân hoặc bị hỏng), không phải văn bản."
                        + HINT);
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new PlanReadException("Tệp văn bản không dùng mã UTF-8: có vẻ là " + legacyName(bytes) + "." + HINT, e);
        }
    }

    /** True when the bytes are not UTF-8 text (the caller then tries another format). */
    public static boolean isUtf8Text(byte[] bytes) {
        try {
            decode(bytes);
            return true;
        } catch (PlanReadException e) {
            return false;
        }
    }

    /** True when the bytes hold text of some encoding (not a binary file). */
    public static boolean looksLikeText(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                control++;
            }
        }
        return control * 20 < sample || looksLikeUtf16(bytes);
    }

    private static boolean looksLikeUtf16(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 8) {
            return false;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }
        int half = sample / 2;
        return evenZero * 10 > half * 4 ^ oddZero * 10 > half * 4;
    }

    private static String legacyName(byte[] bytes) {
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        int tcvn3 = hits(latin, TCVN3_WORDS);
        int vni = hits(latin, VNI_WORDS);
        int cp1258 = hits(Normalizer.normalize(new String(bytes, Charset.forName("windows-1258")), Normalizer.Form.NFC)
                .toLowerCase(), VIETNAMESE_WORDS);
        int best = Math.max(tcvn3, Math.max(vni, cp1258));
        if (best == 0) {
            return "một bảng mã cũ không rõ tên";
        }
        return best == tcvn3 ? "bảng mã TCVN3 (ABC, phông .VnTime)" : best == vni ? "bảng mã VNI (phông VNI-Times)"
                : "bảng mã Windows-1258 (CP1258)";
    }

    private static int hits(String text, List<String> words) {
        int hits = 0;
        for (String word : words) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
                hits++;
            }
        }
        return hits;
    }
}
