package vn.giaoviec.plan.read.hostile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Hostile and legacy text files (issue 15 items 4 and 8): too long, binary, or not UTF-8. */
public final class HostileTexts {

    private HostileTexts() {
    }

    /** 19 MB of text, one short line after another. */
    public static byte[] text19Mb() {
        byte[] line = "1\tXây dựng kế hoạch\tSở Nội vụ\t\tKế hoạch\tQuý I/2023\n".getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[19 * 1024 * 1024];
        for (int i = 0; i < text.length; i++) {
            text[i] = line[i % line.length];
        }
        return text;
    }

    /** One line of 300,000 characters. */
    public static byte[] longLine() {
        return ("STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\t" + "Rà soát ".repeat(37_500) + "\tSở Nội vụ\tQuý I\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] nulBytes() {
        return "STT\tNhiệm vụ\u0000\tCơ quan chủ trì\tThời gian hoàn thành\n".repeat(100).getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-8 with a paragraph pasted from a Windows-1258 file. */
    public static byte[] mixedEncodings() {
        byte[] utf8 = "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n".getBytes(StandardCharsets.UTF_8);
        byte[] legacy = "1\tThực hiện kế hoạch cải cách hành chính\tSở Nội vụ\tQuý I\n".getBytes(Charset.forName("windows-1258"));
        byte[] both = new byte[utf8.length + legacy.length];
        System.arraycopy(utf8, 0, both, 0, utf8.length);
        System.arraycopy(legacy, 0, both, utf8.length, legacy.length);
        return both;
    }

    /** A plan line as TCVN3 (ABC) writes it: "Thực hiện nhiệm vụ hành chính của Sở Nội vụ tỉnh năm 2023". */
    public static byte[] tcvn3() {
        return latin1("1\tThùc hiÖn nhiÖm vô hµnh chÝnh cña Së Néi vô tØnh n¨m 2023\tSë Néi vô\tQuý I\n");
    }

    /** The same line as VNI writes it. */
    public static byte[] vni() {
        return latin1("1\tThöïc hieän nhieäm vuï haønh chính cuûa Sôû Noäi vuï tænh naêm 2023\tSôû Noäi vuï\tQuyù I\n");
    }

    public static byte[] cp1258() {
        return "1\tThực hiện nhiệm vụ hành chính của Sở Nội vụ tỉnh năm 2023\tSở Nội vụ\tQuý I\n"
                .getBytes(Charset.forName("windows-1258"));
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] utf16() {
        return ("\uFEFFSTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n").getBytes(StandardCharsets.UTF_16LE);
    }

    /** UTF-16 as some exporters write it: little-endian, without the byte order mark. */
    public static byte[] utf16WithoutBom() {
        return "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát thủ tục\tSở Nội vụ\tQuý I\n"
                .getBytes(StandardCharsets.UTF_16LE);
    }

    /** UTF-16 big-endian without the byte order mark. */
    public static byte[] utf16BigEndianWithoutBom() {
        return "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n".getBytes(StandardCharsets.UTF_16BE);
    }
}
