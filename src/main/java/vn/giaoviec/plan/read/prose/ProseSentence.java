package vn.giaoviec.plan.read.prose;

import vn.giaoviec.text.VietnameseText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaoviec.plan.read.CellText;

/**
 * One responsibility sentence as a task: its text, the agencies after "phối hợp (với)" (up to the
 * verb that follows them), the deadline it states ("hoàn thành trước ngày 10/02/2023", "Định kỳ quý I,
 * 6 tháng, 9 tháng, hàng năm", "trong quý II/2023", "thường xuyên"; else the plan year), and whether it
 * is a general exhortation ("Tăng cường…", "Chủ động đề xuất…") to be reviewed. Patterns run on the
 * folded text (one character for one, so offsets cut the original), so OCR text without diacritics
 * reads the same.
 */
record ProseSentence(String title, String coordinators, String deadline, Optional<String> review) {

    /** "phối hợp (chặt chẽ) (với)", OCR's "phdi hop vdi", "phéi hop v6i" too. */
    private static final Pattern COORDINATE = Pattern.compile(
            "\\bph[a-z0-9]{0,2}i h[o0]p\\s+(?:chat che\\s+)?(?:v[a-z0-9]{0,2}i\\s+)?");
    private static final Pattern STOP = Pattern.compile("\\s(?:tham m|trien khai|thuc hien|danh gia|trinh|de xuat|de |nham"
            + "|trong (?:viec|thuc|trien)|theo doi|huong dan|giai quyet|kiem tra|tang cuong|cham diem|bao cao|ra soat"
            + "|dam bao|don doc|tuyen truyen|t[a-z]ng cuong|kip thoi|neu guong|xay dung|cap nhat|tiep nhan|phan bo|tham dinh|ve |tham gia|thong qua"
            + "|de nghi|to chuc (?:cac|thuc|trien|tuyen|khao|lay|boi|tap|kiem|danh))|[;.(]|$");
    private static final List<Pattern> DEADLINES = List.of(
            Pattern.compile("(?:hoan thanh\\s+)?(?:truoc|cham nhat|trong)\\s+(?:ngay\\s+)?\\d{1,2}\\s*/\\s*\\d{1,2}"
                    + "(?:\\s*/\\s*\\d{2,4})?"),
            Pattern.compile("dinh ky(?:[\\s,]+(?:hang\\s+)?(?:quy(?:\\s+[ivx]+\\b)?|\\d+\\s*thang|nam|thang|tuan|hoac|va"
                    + "|dot xuat)\\b)*"),
            Pattern.compile("(?:trong|truoc|cham nhat)\\s+(?:quy\\s+[ivx\\d]+|thang\\s+\\d{1,2})(?:\\s*(?:nam|/)\\s*\\d{4})?"),
            Pattern.compile("hang (?:quy|nam|thang)(?:\\s*,\\s*6 thang)?(?:\\s*(?:va|,)\\s*hang nam)?"),
            Pattern.compile("thuong xuyen"));
    private static final Pattern EXHORTATION = Pattern.compile("^(?:tang cuong|chu dong|nang cao|day manh|quan triet"
            + "|chiu trach nhiem|khuyen khich|de cao|la co quan|tiep tuc quan tam|coi trong|ngoai viec|phat huy)\\b");

    static ProseSentence of(String text, int planYear) {
        String title = text.replaceAll("[;,\\s]+$", "").strip();
        String folded = VietnameseText.fold(title);
        return new ProseSentence(title, coordinators(title, folded), deadline(title, folded, planYear),
                review(title, CellText.key(title)));
    }

    private static String coordinators(String text, String folded) {
        Matcher coordinate = COORDINATE.matcher(folded);
        StringBuilder found = new StringBuilder();
        while (coordinate.find()) {
            Matcher stop = STOP.matcher(folded);
            int end = stop.find(coordinate.end()) ? stop.start() : folded.length();
            String names = text.substring(coordinate.end(), end).replaceAll("[,\\s]+$", "").strip();
            if (!names.isEmpty() && names.split("\\s+").length <= 30 && ProseHeadings.namesAgencies(CellText.key(names))) {
                found.append(found.length() == 0 ? "" : "; ").append(names);
            }
        }
        return found.toString();
    }

    private static String deadline(String text, String folded, int planYear) {
        for (Pattern pattern : DEADLINES) {
            Matcher m = pattern.matcher(folded);
            if (m.find()) {
                String phrase = text.substring(m.start(), m.end()).strip();
                return phrase.substring(0, 1).toUpperCase() + phrase.substring(1);
            }
        }
        return planYear > 0 ? "Năm " + planYear : "Trong năm kế hoạch";
    }

    private static Optional<String> review(String title, String key) {
        Matcher m = EXHORTATION.matcher(key);
        if (!m.find()) {
            return Optional.empty();
        }
        String start = title.split("\\s+").length > 2 ? String.join(" ", List.of(title.split("\\s+")).subList(0, 2)) : title;
        return Optional.of("Lời kêu gọi chung (\"" + start + "…\"), không nêu sản phẩm cụ thể: xem lại, bỏ dòng nếu không"
                + " cần giao thành nhiệm vụ.");
    }
}
