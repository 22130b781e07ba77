package vn.giaoviec.lifecycle;

/** A task holds at most one open extension request: a second one waits for the first decision. */
public class ExtensionPendingException extends RuntimeException {

    public ExtensionPendingException(String taskCode) {
        super("Nhiệm vụ " + taskCode + " đã có một đề nghị gia hạn đang chờ Chánh Văn phòng quyết định;"
                + " không gửi thêm đề nghị khác trước khi có quyết định.");
    }
}
