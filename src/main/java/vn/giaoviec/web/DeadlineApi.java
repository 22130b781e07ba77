package vn.giaoviec.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giaoviec.deadline.Deadline;
import vn.giaoviec.deadline.DeadlineParser;

/** REST over the deadline parser: a phrase and the plan's year in, the structured deadline out. */
@RestController
@RequestMapping("/api/deadlines")
class DeadlineApi {

    private static final int MAX_LENGTH = 500;

    private final DeadlineParser parser;

    DeadlineApi(DeadlineParser parser) {
        this.parser = parser;
    }

    @GetMapping("/parse")
    Deadline parse(@RequestParam String text, @RequestParam int year) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Cụm từ thời hạn quá dài (tối đa " + MAX_LENGTH + " ký tự)");
        }
        return parser.parse(text, year);
    }
}
