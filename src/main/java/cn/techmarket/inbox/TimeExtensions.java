package cn.techmarket.inbox;

import io.quarkus.qute.TemplateExtension;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {time.stamp}: date and minute in China time. Named so because {time.minute} resolves to
 * OffsetDateTime.getMinute() before any extension in a type-checked template.
 */
@TemplateExtension
public class TimeExtensions {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static String stamp(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(cn.techmarket.common.Clocks.CHINA).format(STAMP);
    }
}
