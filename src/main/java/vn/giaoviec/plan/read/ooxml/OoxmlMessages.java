package vn.giaoviec.plan.read.ooxml;

/** The Vietnamese refusals of the Office readers. */
final class OoxmlMessages {

    static final String CORRUPT = "Tệp bị hỏng hoặc được đặt mật khẩu nên không mở được. "
            + "Hãy mở tệp bằng Word/Excel, bỏ mật khẩu (nếu có), lưu lại rồi nhập lại.";

    private OoxmlMessages() {
    }
}
