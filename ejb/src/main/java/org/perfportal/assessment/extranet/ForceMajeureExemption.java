package org.perfportal.assessment.extranet;

import java.util.Objects;

/**
 * An approved force-majeure exemption (不可抗力免责) on one record: every deduction the record
 * would cause is shown with 0 yuan and this reason instead of disappearing, so the sheet still
 * tells what happened.
 *
 * @param recordId    the fault, relocation, backbone failure… it exempts
 * @param cause       the cause, as listed in 三、(六)
 * @param explanation the evidence or approval behind it
 */
public record ForceMajeureExemption(String recordId, ForceMajeureCause cause, String explanation) {

    public ForceMajeureExemption {
        Records.requireText(recordId, "exempted record id");
        Objects.requireNonNull(cause, "cause of exemption of " + recordId);
        Records.requireText(explanation, "explanation of exemption of " + recordId);
    }

    String reason() {
        return "不可抗力（" + cause.chinese() + "）：" + explanation;
    }
}
