package vn.giaoviec.file;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.register.TaskNotFoundException;

/** REST for product files: attach one to a task, list a task's files, download one. */
@RestController
class FileApi {

    private final ProductFiles files;
    private final FileAccess access;

    FileApi(ProductFiles files, FileAccess access) {
        this.files = files;
        this.access = access;
    }

    @PostMapping("/api/tasks/{taskCode}/files")
    @ResponseStatus(HttpStatus.CREATED)
    ProductFile upload(@PathVariable String taskCode, @RequestParam("file") MultipartFile file,
                       Authentication authentication) {
        return access.attach(taskCode, file, UserAccess.of(authentication));
    }

    @GetMapping("/api/tasks/{taskCode}/files")
    List<ProductFile> list(@PathVariable String taskCode, Authentication authentication) {
        access.checkCanSee(taskCode, UserAccess.of(authentication));
        return files.ofTask(taskCode);
    }

    /** The same download for API clients (Basic) and for the pages (webapp session). */
    @GetMapping({"/api/files/{id}", "/giaoviec/tep/{id}"})
    ResponseEntity<Resource> download(@PathVariable String id, Authentication authentication) {
        ProductFile file = files.find(id).orElseThrow(() -> new NoSuchProductFile(id));
        try {
            access.checkCanSee(file.taskCode(), UserAccess.of(authentication));
        } catch (TaskNotFoundException hidden) {
            throw new NoSuchProductFile(id);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(file.sizeBytes())
                .body(new FileSystemResource(files.pathOf(file.id())));
    }
}
