package vn.giaoviec.notification.mail;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Hộp thư thử": in the embedded demo (no SMTP server), each person reads here the e-mails Giao Việc
 * sent them, and can download each as an .eml file for a mail program.
 */
@Controller
class DemoMailboxPage {

    private final DemoMailbox mailbox;

    DemoMailboxPage(DemoMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/giaoviec/hop-thu-thu")
    String list(Authentication authentication, Model model) {
        model.addAttribute("enabled", mailbox.enabled());
        model.addAttribute("mails", mailbox.enabled() ? mailbox.of(authentication.getName()) : java.util.List.of());
        return "notification/demo-mailbox";
    }

    @GetMapping("/giaoviec/hop-thu-thu/{id}.eml")
    ResponseEntity<FileSystemResource> download(@PathVariable long id, Authentication authentication) {
        return mailbox.file(authentication.getName(), id)
                .map(file -> ResponseEntity.ok().contentType(MediaType.parseMediaType("message/rfc822"))
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("thu-" + id + ".eml").build().toString())
                        .body(new FileSystemResource(file)))
                .orElse(ResponseEntity.notFound().build());
    }
}
