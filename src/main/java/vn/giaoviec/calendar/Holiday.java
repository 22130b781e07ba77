package vn.giaoviec.calendar;

import java.time.LocalDate;

/**
 * A weekday off work (ngày nghỉ lễ, Tết, nghỉ bù or a swapped day), with its Vietnamese name.
 * Also used for a make-up working day (ngày làm bù) read from the overrides file.
 */
public record Holiday(LocalDate date, String name) implements Comparable<Holiday> {

    @Override
    public int compareTo(Holiday other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : name.compareTo(other.name);
    }
}
