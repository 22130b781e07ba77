package vn.giaoviec.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** Generated inputs: a directory of 60 agencies and plans of any size in the appendix layout. */
public final class BenchmarkData {

    static final int AGENCIES = 60;
    /** The collective of config/agencies.yaml and of the generated directory: every SO and HUYEN agency. */
    public static final String COLLECTIVE = "Các cơ quan, đơn vị";
    private static final String[] DEADLINES = {"Quý I/%d", "Quý II năm %d", "Tháng 8 năm %d", "Quý IV/%d", "Năm %d"};

    private BenchmarkData() {
    }

    /** Code → name of the 60 agencies of {@link #agencies}, in directory order. */
    public static Map<String, String> agencyNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("vpubnd", "Văn phòng UBND tỉnh");
        names.put("snv", "Sở Nội vụ");
        for (int i = 1; i <= 28; i++) {
            names.put(String.format("so%02d", i), String.format("Sở thử nghiệm %02d", i));
        }
        for (int i = 1; i <= 30; i++) {
            names.put(String.format("huyen%02d", i), String.format("UBND huyện thử nghiệm %02d", i));
        }
        return names;
    }

    /** vpubnd (office), snv (CCHC), 28 more departments and 30 districts; one collective for all of them. */
    public static Path agencies(Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("province: tỉnh Thử nghiệm\nagencies:\n");
        for (Map.Entry<String, String> agency : agencyNames().entrySet()) {
            String code = agency.getKey();
            String extra = code.equals("vpubnd") ? ", roles: [OFFICE]" : code.equals("snv") ? ", roles: [CCHC]" : "";
            yaml.append("  - {code: ").append(code).append(", name: ").append(agency.getValue()).append(", kind: ")
                    .append(code.startsWith("huyen") ? "HUYEN" : "SO").append(extra).append("}\n");
        }
        yaml.append("collectives:\n  - name: ").append(COLLECTIVE).append("\n    members: [SO, HUYEN]\n");
        Path file = dir.resolve("agencies-60.yaml");
        Files.createDirectories(dir);
        Files.writeString(file, yaml.toString());
        return file;
    }

    /** A plan whose every row is led by all 60 agencies: {@code rows} × 60 tasks. */
    static byte[] collectivePlan(String name, int year, int rows) {
        return plan(name, year, rows, COLLECTIVE);
    }

    /** A plan of {@code rows} rows, each led by one agency. */
    static byte[] singleLeadPlan(String name, int year, int rows) {
        return plan(name, year, rows, "Sở Nội vụ");
    }

    private static byte[] plan(String name, int year, int rows, String lead) {
        return plan(name, year, rows, i -> lead, i -> "Sở Nội vụ", i -> DEADLINES[i % DEADLINES.length].formatted(year));
    }

    /**
     * A plan of {@code rows} rows (row i = 1…rows: its lead, coordinating agency — "" for none — and
     * deadline as written), in sections of 40 rows.
     */
    public static byte[] plan(String name, int year, int rows, IntFunction<String> lead, IntFunction<String> coordinating,
                              IntFunction<String> deadline) {
        StringBuilder text = new StringBuilder("Kế hoạch cải cách hành chính năm " + year + " (" + name + ")\n")
                .append("STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành\n");
        for (int i = 1; i <= rows; i++) {
            if ((i - 1) % 40 == 0) {
                text.append(toRoman((i - 1) / 40 + 1)).append(". LĨNH VỰC ").append((i - 1) / 40 + 1).append('\n');
            }
            text.append(i).append("\tNhiệm vụ thử nghiệm số ").append(i).append(" về cải cách hành chính\t")
                    .append(lead.apply(i)).append('\t').append(coordinating.apply(i)).append("\tBáo cáo kết quả\t")
                    .append(deadline.apply(i)).append('\n');
        }
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String toRoman(int n) {
        String[] romans = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
            "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
        return n < romans.length ? romans[n] : "X" + n;
    }
}
