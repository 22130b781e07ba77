package vn.giaoviec.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generated inputs: a directory of 60 agencies and plans of any size in the appendix layout. */
final class BenchmarkData {

    static final int AGENCIES = 60;
    static final String COLLECTIVE = "Các cơ quan, đơn vị";

    private BenchmarkData() {
    }

    /** vpubnd (office), snv (CCHC), 28 more departments and 30 districts; one collective for all of them. */
    static Path agencies(Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("province: tỉnh Thử nghiệm\nagencies:\n")
                .append("  - {code: vpubnd, name: Văn phòng UBND tỉnh, kind: SO, roles: [OFFICE]}\n")
                .append("  - {code: snv, name: Sở Nội vụ, kind: SO, roles: [CCHC]}\n");
        for (int i = 1; i <= 28; i++) {
            yaml.append(String.format("  - {code: so%02d, name: Sở thử nghiệm %02d, kind: SO}%n", i, i));
        }
        for (int i = 1; i <= 30; i++) {
            yaml.append(String.format("  - {code: huyen%02d, name: UBND huyện thử nghiệm %02d, kind: HUYEN}%n", i, i));
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
        StringBuilder text = new StringBuilder("Kế hoạch cải cách hành chính năm " + year + " (" + name + ")\n")
                .append("STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành\n");
        String[] deadlines = {"Quý I/%d", "Quý II năm %d", "Tháng 8 năm %d", "Quý IV/%d", "Năm %d"};
        for (int i = 1; i <= rows; i++) {
            if ((i - 1) % 40 == 0) {
                text.append(toRoman((i - 1) / 40 + 1)).append(". LĨNH VỰC ").append((i - 1) / 40 + 1).append('\n');
            }
            text.append(i).append("\tNhiệm vụ thử nghiệm số ").append(i).append(" về cải cách hành chính\t")
                    .append(lead).append("\tSở Nội vụ\tBáo cáo kết quả\t")
                    .append(deadlines[i % deadlines.length].formatted(year)).append('\n');
        }
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String toRoman(int n) {
        String[] romans = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
            "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
        return n < romans.length ? romans[n] : "X" + n;
    }
}
