package vn.giaoviec.form;

/** One column of a table component: its heading and the key read from each row. */
public record TableColumn(String label, String key) {
}
