package vn.giaoviec.taskpage;

import java.util.regex.Pattern;

/** Text written by the system for machines, made readable: ISO dates in notes become dd/mm/yyyy. */
final class DisplayText {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:T[0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b");

    private DisplayText() {
    }

    static String withVietnameseDates(String text) {
        return text == null ? null : ISO_DATE.matcher(text).replaceAll("$3/$2/$1");
    }
}
