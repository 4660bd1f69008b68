package org.wildcase.workflow;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code wildcase.deadlines.*}: every duration of the case flow is configuration, read by the timer expressions
 * through {@link Deadlines}, never a constant in the model.
 */
@ConfigurationProperties(prefix = "wildcase.deadlines")
public record DeadlineSettings(
        @DefaultValue("3") int expertiseWorkingDays,
        @DefaultValue("24h") Duration expertiseLive,
        @DefaultValue("30") int paymentDays,
        @DefaultValue("P30D") Period investigationReminder,
        @DefaultValue("P3D") Period welfareCheck,
        @DefaultValue("10") int reviewWorkingDays) {
}
