package vn.giaoviec.form;

/** One choice of a select, radio, checklist or taglist: what the user reads and what is stored. */
public record FormOption(String label, String value) {
}
