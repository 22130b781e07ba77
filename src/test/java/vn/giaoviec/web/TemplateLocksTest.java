package vn.giaoviec.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class TemplateLocksTest {

    @Test
    void theAttributeAndElementRepositoriesGetNonFairLocksAndPagesStillRender() throws Exception {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);

        new TemplateLocks().postProcessAfterInitialization(engine, "templateEngine");

        List<ReentrantReadWriteLock> locks = locks(engine.getConfiguration().getAttributeDefinitions());
        locks.addAll(locks(engine.getConfiguration().getElementDefinitions()));
        locks.addAll(staticLocks(org.thymeleaf.engine.AttributeNames.class));
        locks.addAll(staticLocks(org.thymeleaf.engine.ElementNames.class));
        assertThat(locks).isNotEmpty().allSatisfy(lock -> assertThat(lock.isFair()).isFalse());
        Context context = new Context();
        context.setVariable("field", "officer");
        assertThat(engine.process("<div th:attr=\"data-show-field=${field}\">x</div>", context))
                .isEqualTo("<div data-show-field=\"officer\">x</div>");
    }

    private static List<ReentrantReadWriteLock> staticLocks(Class<?> names) throws Exception {
        List<ReentrantReadWriteLock> locks = new ArrayList<>();
        for (Field field : names.getDeclaredFields()) {
            if (field.getType().getSimpleName().endsWith("Repository")) {
                field.setAccessible(true);
                locks.add(lockOf(field.get(null)));
            }
        }
        assertThat(locks).hasSize(3);
        return locks;
    }

    private static ReentrantReadWriteLock lockOf(Object repository) throws Exception {
        Field lock = repository.getClass().getDeclaredField("lock");
        lock.setAccessible(true);
        return (ReentrantReadWriteLock) lock.get(repository);
    }

    private static List<ReentrantReadWriteLock> locks(Object definitions) throws Exception {
        List<ReentrantReadWriteLock> locks = new ArrayList<>();
        for (Field field : definitions.getClass().getDeclaredFields()) {
            if (field.getType().getSimpleName().endsWith("DefinitionRepository")) {
                field.setAccessible(true);
                Object repository = field.get(definitions);
                Field lock = repository.getClass().getDeclaredField("lock");
                lock.setAccessible(true);
                locks.add((ReentrantReadWriteLock) lock.get(repository));
            }
        }
        return locks;
    }
}
