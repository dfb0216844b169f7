package org.perfportal.assessment.ommonthly;

import java.util.List;
import java.util.Objects;

/**
 * A submitted satisfaction form (政务信息系统运维满意度评价表, 附件4.1): one rating per item in
 * the form's order (运维服务对接情况 … 运维公司服务态度) and the accident question
 * (是否发生运维事故). A form not submitted is represented by its absence.
 */
public record SatisfactionForm(String id, List<SatisfactionLevel> ratings, boolean accidentOccurred) {

    public SatisfactionForm {
        Objects.requireNonNull(id, "id");
        ratings = List.copyOf(ratings);
    }
}
