package vn.giaoviec.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest file a user may upload (giaoviec.files.max-size, also the multipart limit), as the
 * pages show it next to each file input ({@code ${uploadLimit.text()}}, see UploadLimitVariable) and in the 413 refusal.
 */
@Component
public class UploadLimit {

    private final DataSize max;

    public UploadLimit(@Value("${giaoviec.files.max-size}") DataSize max) {
        this.max = max;
    }

    public long bytes() {
        return max.toBytes();
    }

    /** "20 MB". */
    public String text() {
        return max.toMegabytes() + " MB";
    }

    /** The refusal a user reads: "Tệp quá lớn: tối đa 20 MB. …". */
    public String refusal() {
        return "Tệp quá lớn: tối đa " + text() + ". Hãy chọn tệp nhỏ hơn (hoặc tách phụ lục thành nhiều tệp) rồi gửi lại.";
    }
}
