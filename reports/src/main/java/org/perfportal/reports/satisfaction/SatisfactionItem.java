package org.perfportal.reports.satisfaction;

import java.util.Objects;

/**
 * One rated item (评价内容) of the satisfaction form, e.g. 运维服务对接情况: what the unit observed
 * (开展情况, free text) and the level it ticked, null on a blank form.
 *
 * @param name      the item as the form prints it
 * @param situation 开展情况; empty when none was written
 * @param level     the ticked level, one of {@link SatisfactionFormData#LEVELS}, or null
 */
public record SatisfactionItem(String name, String situation, String level) {

    /** Requires the name; a level must be one of the form's four. */
    public SatisfactionItem {
        Objects.requireNonNull(name, "name");
        situation = situation == null ? "" : situation;
        if (level != null && !SatisfactionFormData.LEVELS.contains(level)) {
            throw new IllegalArgumentException("level must be one of " + SatisfactionFormData.LEVELS + ", was " + level);
        }
    }
}
