package vn.giaoviec.plan.read.ooxml;

/** Cell references and whole numbers as a sheet's XML writes them, read leniently (garbage → 0). */
final class XlsxCellRef {

    private XlsxCellRef() {
    }

    /** "B3" → {row 2, column 1}; without a reference, the given position. */
    static int[] parse(String ref, int row, int column) {
        if (ref == null || ref.isEmpty()) {
            return new int[] {row, column};
        }
        long col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 4) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        int r = i < ref.length() ? number(ref.substring(i)) - 1 : row;
        return new int[] {r, (int) Math.max(col - 1, 0)};
    }

    static int number(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
