package vn.giaoviec.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.engine.AttributeNames;
import org.thymeleaf.engine.ElementNames;
import org.thymeleaf.TemplateEngine;

/**
 * Thymeleaf (3.1) looks up attribute and element names under <em>fair</em> read-write locks: the
 * names of attributes a page looks for or sets (process-wide AttributeNames, ElementNames) and the
 * definitions of those that are not standard HTML ({@code data-show-field}, {@code aria-label} …). Under load
 * on few cores a fair lock forms a convoy: once one thread waits, every later reader queues behind
 * it and is woken one at a time. Measured (B4, 200 people, 2 cores): 130 of 200 request threads
 * parked there, the task page at p50 35 s; with the definitions' locks swapped, the convoy moved to
 * AttributeNames' lock (jstack). Readers of a non-fair lock never queue behind readers,
 * and the lock is written only when a page sets an attribute name for the first time — so the
 * repositories' locks are swapped for non-fair ones before the first page is rendered (as proposed
 * upstream, thymeleaf/thymeleaf#938). If a Thymeleaf upgrade renames the fields, nothing is swapped
 * and a warning says so: pages stay correct, only slower under load.
 */
@Component
class TemplateLocks implements BeanPostProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateLocks.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
        if (bean instanceof TemplateEngine engine) {
            // getConfiguration() initialises the engine: Spring Boot has added its dialects and resolvers by now
            IEngineConfiguration configuration = engine.getConfiguration();
            int swapped = swapIn(configuration.getAttributeDefinitions()) + swapIn(configuration.getElementDefinitions())
                    // the names of attributes and elements: process-wide repositories under the same fair locks
                    + swapIn(AttributeNames.class, null) + swapIn(ElementNames.class, null);
            if (swapped == 0) {
                LOG.warn("Thymeleaf: không thay được khoá công bằng (fair lock) của {} — trang vẫn đúng, chậm hơn khi tải cao", name);
            }
        }
        return bean;
    }

    private static int swapIn(Object definitions) {
        return definitions == null ? 0 : swapIn(definitions.getClass(), definitions);
    }

    /**
     * Each repository held by {@code owner} (its static fields when {@code owner} is null) gets a
     * non-fair lock: how many were swapped.
     */
    private static int swapIn(Class<?> type, Object owner) {
        int swapped = 0;
        for (Field field : type.getDeclaredFields()) {
            if (field.getType().getSimpleName().endsWith("Repository") && Modifier.isStatic(field.getModifiers()) == (owner == null)) {
                try {
                    field.setAccessible(true);
                    Object repository = field.get(owner);
                    if (repository != null && swapLock(repository)) {
                        swapped++;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    LOG.debug("Thymeleaf: {} giữ nguyên khoá: {}", field.getName(), e.toString());
                }
            }
        }
        return swapped;
    }

    private static boolean swapLock(Object repository) throws ReflectiveOperationException {
        Class<?> type = repository.getClass();
        Field lock = type.getDeclaredField("lock");
        Field readLock = type.getDeclaredField("readLock");
        Field writeLock = type.getDeclaredField("writeLock");
        for (Field f : new Field[] {lock, readLock, writeLock}) {
            f.setAccessible(true);
        }
        ReadWriteLock nonFair = new ReentrantReadWriteLock(false);
        lock.set(repository, nonFair);
        readLock.set(repository, nonFair.readLock());
        writeLock.set(repository, nonFair.writeLock());
        return true;
    }
}
