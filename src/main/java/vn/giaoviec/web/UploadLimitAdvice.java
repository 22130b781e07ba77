package vn.giaoviec.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page (and Spring's error page) may show the upload limit: {@code ${uploadLimit.text()}}. */
@ControllerAdvice
class UploadLimitAdvice {

    private final UploadLimit limit;

    UploadLimitAdvice(UploadLimit limit) {
        this.limit = limit;
    }

    @ModelAttribute("uploadLimit")
    UploadLimit uploadLimit() {
        return limit;
    }
}
