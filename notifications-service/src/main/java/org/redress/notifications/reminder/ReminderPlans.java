package org.redress.notifications.reminder;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.notifications.NotificationsConfig;

/**
 * The reminder plan of each deadline kind, from configuration: {@code redress.notifications.reminders.plans.<kind>}
 * (kind in lower case with dashes), else {@code redress.notifications.reminders.default-plan}. Read once at start-up,
 * so a plan that cannot be read stops the service instead of silently reminding nobody.
 */
@ApplicationScoped
public class ReminderPlans {

    private final ReminderPlan defaultPlan;
    private final Map<String, ReminderPlan> byKind = new HashMap<>();

    public ReminderPlans(NotificationsConfig config) {
        NotificationsConfig.Reminders reminders = config.reminders();
        this.defaultPlan = parse(reminders.defaultPlan(), reminders);
        reminders.plans().forEach((kind, plan) -> byKind.put(key(kind), parse(plan, reminders)));
    }

    public ReminderPlan forKind(String kind) {
        return kind == null ? defaultPlan : byKind.getOrDefault(key(kind), defaultPlan);
    }

    private static ReminderPlan parse(String plan, NotificationsConfig.Reminders reminders) {
        return ReminderPlan.of(Arrays.asList(plan.split(",")), reminders.morning());
    }

    static String key(String kind) {
        return kind.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
