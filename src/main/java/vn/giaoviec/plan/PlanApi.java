package vn.giaoviec.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.yearend.PlanYearEnd;

/**
 * REST for importing plans: preview a file, commit it with the user's agency mappings.
 * {@code mappings} is a JSON object from a name as written to an agency code, e.g.
 * {@code {"Sở VH-TT&DL": "svhttdl"}}.
 */
@RestController
@RequestMapping("/api/plans")
class PlanApi {

    private final PlanImporter importer;
    private final Plans plans;
    private final AccessPolicy policy;
    private final ObjectMapper json = new ObjectMapper();

    PlanApi(PlanImporter importer, Plans plans, AccessPolicy policy) {
        this.importer = importer;
        this.plans = plans;
        this.policy = policy;
    }

    @GetMapping
    List<Plan> plans() {
        return plans.all();
    }

    @PostMapping("/preview")
    PlanPreview preview(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Integer year,
                        @RequestParam(required = false) String mappings, Authentication authentication) {
        checkMayImport(authentication);
        return importer.preview(file.getOriginalFilename(), bytes(file), year, mappings(mappings));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Plan commit(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String mappings,
                @RequestParam(defaultValue = "false") boolean saveAliases, Authentication authentication) {
        UserAccess user = checkMayImport(authentication);
        return importer.commit(file.getOriginalFilename(), bytes(file), year, mappings(mappings), saveAliases,
                user.userId());
    }

    private UserAccess checkMayImport(Authentication authentication) {
        UserAccess user = UserAccess.of(authentication);
        policy.requireMayImport(user);
        return user;
    }

    private Map<String, String> mappings(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Trường \"mappings\" phải là JSON dạng {\"tên như trong tệp\": \"mã cơ quan\"}");
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp gửi lên", e);
        }
    }
}
