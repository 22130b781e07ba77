package vn.giaoviec.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one deadline parser, as a bean (the class itself stays free of Spring). */
@Configuration
class DeadlineConfig {

    @Bean
    DeadlineParser deadlineParser() {
        return new DeadlineParser();
    }
}
