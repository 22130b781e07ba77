package vn.giaoviec;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Giao Việc: the administrative-reform plan's tasks, routed through Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GiaoViecApplication {

    public static void main(String[] args) {
        SpringApplication.run(GiaoViecApplication.class, args);
    }
}
