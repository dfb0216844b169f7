package org.perfportal.records.ommonthly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.perfportal.assessment.ommonthly.SatisfactionLevel;
import org.perfportal.reports.DocumentHeader;
import org.perfportal.reports.satisfaction.SatisfactionFormData;
import org.perfportal.reports.satisfaction.SatisfactionItem;

/**
 * A unit's submitted satisfaction form (附件4.1) laid out as the paper form it stands for: the
 * unit, the contract month, the day it was submitted (评价日期, Beijing time), the five items with
 * the level the unit chose ticked, 是否发生运维事故, 不满意原因 and 意见建议. A submitted form is final
 * (there are no drafts of it), so it never prints as 草稿. Translation only.
 */
final class SatisfactionFormPrint {

    private SatisfactionFormPrint() {
    }

    /**
     * @param period the contract month as printed, e.g. {@code 2026年10月（2026-10-10 至 2026-11-09）}
     */
    static SatisfactionFormData of(String tenantName, OmSatisfactionForm form, String period, Instant now) {
        List<SatisfactionLevel> ratings = form.ratings();
        List<SatisfactionItem> items = new ArrayList<>();
        for (int i = 0; i < SatisfactionFormData.ITEMS.size(); i++) {
            items.add(new SatisfactionItem(SatisfactionFormData.ITEMS.get(i), "", ratings.get(i).chinese()));
        }
        return new SatisfactionFormData(new DocumentHeader(tenantName, period, SatisfactionFormDocuments.FORM_VERSION, now,
                false), form.unit().name(), period,
                form.submittedAt().atZoneSameInstant(DocumentHeader.SHANGHAI).toLocalDate().toString(), items,
                form.accident(), form.reasons(), form.suggestions());
    }
}
