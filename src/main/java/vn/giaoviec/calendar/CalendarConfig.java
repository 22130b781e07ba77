package vn.giaoviec.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The working-day calendar, with the year's official swaps read from the overrides file
 * (giaoviec.calendar.overrides-file), or from the application's packaged copy when that file is absent.
 * An administrator edits that file; the calendar reloads it within a minute, no rebuild or restart
 * needed. A broken edit keeps the previous calendar.
 */
@Configuration
@EnableScheduling
class CalendarConfig {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarConfig.class);

    private final Path overridesFile;
    private volatile FileTime loadedVersion;
    private volatile CalendarOverrides current;
    private final WorkingDayCalendar calendar;

    CalendarConfig(@Value("${giaoviec.calendar.overrides-file}") Path overridesFile) {
        this.overridesFile = overridesFile;
        this.current = load();
        this.calendar = new WorkingDayCalendar(() -> current);
    }

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return calendar;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void reloadWhenChanged() {
        if (!version().equals(loadedVersion)) {
            try {
                current = load();
                calendar.reload();
                LOG.info("Đã nạp lại lịch nghỉ từ {}", overridesFile);
            } catch (IllegalArgumentException e) {
                LOG.error("Tệp lịch nghỉ có lỗi, giữ lịch cũ: {}", e.getMessage());
                loadedVersion = version();
            }
        }
    }

    /**
     * The configured file when it exists; else (the application started outside the repository root,
     * the default path being relative) the copy packaged in the application; else the Labour Code's
     * rules alone. The log says which.
     */
    private CalendarOverrides load() {
        loadedVersion = version();
        Path file = overridesFile.toAbsolutePath();
        if (Files.exists(overridesFile)) {
            LOG.info("Đọc lịch nghỉ từ {}", file);
            return CalendarOverrides.load(overridesFile);
        }
        Optional<CalendarOverrides> packaged = CalendarOverrides.loadPackaged();
        if (packaged.isPresent()) {
            LOG.warn("Không có tệp lịch nghỉ {}: đọc bản đóng gói trong ứng dụng (classpath:{})", file,
                    CalendarOverrides.PACKAGED);
            return packaged.get();
        }
        LOG.warn("Không có tệp lịch nghỉ {} và không có bản đóng gói: chỉ dùng quy tắc ngày nghỉ mặc định", file);
        return CalendarOverrides.empty();
    }

    private FileTime version() {
        try {
            return Files.exists(overridesFile) ? Files.getLastModifiedTime(overridesFile) : FileTime.fromMillis(0);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
