package vn.giaoviec.web;

import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Every page may show the upload limit ({@code ${uploadLimit.text()}}): a variable of every view, not
 * a model attribute, so it is there too when an exception handler renders the page (the import page
 * after a draft has gone) and on Spring's error page.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitVariable {

    UploadLimitVariable(ThymeleafViewResolver views, UploadLimit limit) {
        views.addStaticVariable("uploadLimit", limit);
    }
}
