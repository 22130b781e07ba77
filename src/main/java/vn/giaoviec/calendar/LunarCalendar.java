package vn.giaoviec.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically for UTC+7, the rule Vietnam
 * has used since 1968: a month starts on the civil day of the new moon; month 11 contains the
 * winter solstice; in a year with 13 months the first month after month 11 without a major solar
 * term is the leap month. No year table, so it works for 1900–2199 without maintenance.
 */
public final class LunarCalendar {

    /** Vietnam's time zone in hours; Tết sometimes differs from China's (UTC+8) because of it. */
    private static final double TIME_ZONE = 7.0;
    /** Julian day number of 1970-01-01. */
    private static final long EPOCH_JDN = 2440588;

    public LunarDate toLunar(LocalDate date) {
        long day = jdn(date);
        int k = (int) Math.floor((day - LunarAstronomy.EPOCH_NEW_MOON) / LunarAstronomy.SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > day) {
            monthStart = newMoonDay(k);
        }
        int year = date.getYear();
        long a11 = month11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = month11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = month11(year + 1);
        }
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            if (diff >= leapOffset) {
                month = diff + 10;
                leap = diff == leapOffset;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, (int) (day - monthStart + 1), leap);
    }

    /**
     * The Gregorian date of a lunar date.
     *
     * @throws IllegalArgumentException when {@code leap} is set but that month is not leap that year
     */
    public LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leap) {
        long a11 = lunarMonth < 11 ? month11(lunarYear - 1) : month11(lunarYear);
        long b11 = lunarMonth < 11 ? month11(lunarYear) : month11(lunarYear + 1);
        int k = (int) Math.floor(0.5 + (a11 - LunarAstronomy.EPOCH_NEW_MOON) / LunarAstronomy.SYNODIC_MONTH);
        int offset = Math.floorMod(lunarMonth - 11, 12);
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = Math.floorMod(leapOffset - 2, 12);
            if (leap && lunarMonth != leapMonth) {
                throw new IllegalArgumentException("Năm âm lịch " + lunarYear + " không có tháng " + lunarMonth + " nhuận");
            }
            if (leap || offset >= leapOffset) {
                offset += 1;
            }
        } else if (leap) {
            throw new IllegalArgumentException("Năm âm lịch " + lunarYear + " không có tháng nhuận");
        }
        return fromJdn(newMoonDay(k + offset) + lunarDay - 1);
    }

    /** Mùng 1 Tết: the first day of the lunar year that starts in Gregorian {@code year}. */
    public LocalDate lunarNewYear(int year) {
        return toSolar(year, 1, 1, false);
    }

    /** Local civil day (Julian day number) of the k-th new moon. */
    private static long newMoonDay(int k) {
        return (long) Math.floor(LunarAstronomy.newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** Index 0..11 of the 30° sector of the sun's longitude at the start of local day {@code day}. */
    private static int solarSector(long day) {
        return (int) Math.floor(LunarAstronomy.sunLongitude(day - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** First day of lunar month 11 (the month holding the winter solstice) that starts in {@code year}. */
    private static long month11(int year) {
        long offset = jdn(LocalDate.of(year, 12, 31)) - 2415021;
        int k = (int) Math.floor(offset / LunarAstronomy.SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        return solarSector(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon;
    }

    /** Months after month 11 until the first month without a major solar term: the leap month. */
    private static int leapMonthOffset(long a11) {
        int k = (int) Math.floor((a11 - LunarAstronomy.EPOCH_NEW_MOON) / LunarAstronomy.SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = solarSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = solarSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    private static long jdn(LocalDate date) {
        return date.toEpochDay() + EPOCH_JDN;
    }

    private static LocalDate fromJdn(long jdn) {
        return LocalDate.ofEpochDay(jdn - EPOCH_JDN);
    }
}
