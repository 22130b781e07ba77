package vn.giaoviec.file;

import java.util.Locale;
import java.util.Map;

/**
 * Which files may be attached: office documents, PDF, images and archives, recognised by their
 * first bytes as well as their name, so a renamed executable is refused.
 */
final class FileRules {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private static final Map<String, byte[]> SIGNATURES = Map.ofEntries(
            Map.entry("pdf", PDF), Map.entry("docx", ZIP), Map.entry("xlsx", ZIP), Map.entry("pptx", ZIP),
            Map.entry("odt", ZIP), Map.entry("ods", ZIP), Map.entry("zip", ZIP), Map.entry("doc", OLE),
            Map.entry("xls", OLE), Map.entry("png", PNG), Map.entry("jpg", JPEG), Map.entry("jpeg", JPEG));

    private FileRules() {
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Null when acceptable, else the Vietnamese reason. */
    static String problemWith(String fileName, byte[] head) {
        byte[] signature = SIGNATURES.get(extensionOf(fileName));
        if (signature == null) {
            return "Loại tệp không được chấp nhận; chỉ nhận PDF, Word, Excel, PowerPoint, ODF, ZIP, PNG, JPG";
        }
        if (!startsWith(head, signature)) {
            return "Nội dung tệp không khớp với phần mở rộng \"." + extensionOf(fileName) + "\"";
        }
        return null;
    }

    /** The name as shown and downloaded: no path, no control characters, at most 200 characters. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Tệp không có tên");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
