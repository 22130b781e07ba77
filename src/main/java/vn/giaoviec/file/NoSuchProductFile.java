package vn.giaoviec.file;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A product file that does not exist or belongs to a task the user may not see: the same answer, naming
 * only the file id asked for, so that file ids cannot be probed for other agencies' task codes.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoSuchProductFile extends RuntimeException {

    public NoSuchProductFile(String fileId) {
        super("Không tìm thấy tệp \"" + fileId + "\"");
    }
}
