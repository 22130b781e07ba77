package vn.giaoviec.milestone;

import java.time.LocalDate;

/**
 * One milestone as derived from a deadline phrase, before it is stored.
 *
 * @param seq     1, 2, … in date order
 * @param label   what users read: "Quý II/2027", "6 tháng năm 2027", "Tháng 5/2027"
 * @param dueDate the day it is due (reporting on that day is on time)
 */
public record PlannedMilestone(int seq, String label, LocalDate dueDate) {
}
