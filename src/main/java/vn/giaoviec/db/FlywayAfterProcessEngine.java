package vn.giaoviec.db;

import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs our Flyway migrations after the process engine has started, i.e. after Camunda created or
 * upgraded its own tables ({@code camunda.bpm.database.schema-update}). Without this, Flyway runs
 * first on an empty database, and a migration that touches a Camunda table (the DUEDATE_ index on
 * ACT_RU_JOB, db/vendor/postgresql) would find no table. Our own tables are only used once the
 * context is up (requests, jobs, ready-event listeners), so nothing needs them earlier.
 */
@Configuration(proxyBeanMethods = false)
public class FlywayAfterProcessEngine {

    @Bean
    static BeanFactoryPostProcessor flywayAfterProcessEngineOrdering() {
        return beanFactory -> {
            String[] engines = Arrays.stream(beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false))
                    .map(BeanFactoryUtils::transformedBeanName).toArray(String[]::new);
            if (engines.length == 0) {
                return;
            }
            for (String name : beanFactory.getBeanNamesForType(FlywayMigrationInitializer.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Arrays.stream(engines))
                        .distinct().toArray(String[]::new));
            }
        };
    }
}
