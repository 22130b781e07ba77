package vn.giaoviec.calendar;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch).
 *
 * @param year      lunar year, numbered like the Gregorian year in which it mostly falls
 * @param month     1..12
 * @param day       1..30
 * @param leapMonth true for the intercalary month (tháng nhuận) repeating {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {
}
