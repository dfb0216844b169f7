package org.perfportal.assessment.ommonthly;

import java.util.Map;
import java.util.Optional;

import org.perfportal.assessment.TraceLine;

/**
 * Approved force-majeure exemptions (不可抗力减免, "因天气、自然灾害、火灾等不可抗力造成的维护超时
 * 酌情减免") by record id. Applying one keeps the line, zeroed and marked exempted, so the
 * vendor and auditor still see what would have been deducted.
 */
public record Exemptions(Map<String, String> reasonsByRecordId) {

    public Exemptions {
        reasonsByRecordId = Map.copyOf(reasonsByRecordId);
    }

    public static Exemptions none() {
        return new Exemptions(Map.of());
    }

    /** The line as it counts: exempted when {@code recordId} has an approved exemption. */
    public TraceLine apply(TraceLine line, String recordId) {
        return Optional.ofNullable(reasonsByRecordId.get(recordId)).map(line::exempt).orElse(line);
    }
}
