package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.perfportal.assessment.ommonthly.OmFixtures.JUNE;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.at;
import static org.perfportal.assessment.ommonthly.OmFixtures.dec;
import static org.perfportal.assessment.ommonthly.OmFixtures.hardwareUnit;
import static org.perfportal.assessment.ommonthly.OmFixtures.lineLeaseUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfportal.assessment.ScopedLine;

/** A draft scheme tried on June 2026: the lines that change, and only those, with before, after and difference. */
class OmWhatIfTest {

    private final OmSchemeCodec codec = new OmSchemeCodec();

    @Test
    void aStricterL1LimitAndAHigherGoodRateShowLineByLine() {
        // Unit A: full routine, L1 fault restored after 1 h 50 min (within 2 h) → anomaly 30; no form → 30; docs 10 → 100.
        // Unit B: line lease, no form → 100 … minus a 有责投诉 of 10 and a 市级通报 of 5 on the vendor:
        // published mean (100 + 100) / 2 − 15 = 85.00 → 良好 5% = 48,437.50.
        var unitA = hardwareUnit("A", "A1").fullRoutine("2026-06-15T10:00")
                .fault(new Fault("FA", "A1", FaultLevel.L1, at("2026-06-20T08:00"), at("2026-06-20T08:05"), at("2026-06-20T09:50")))
                .build();
        var unitB = lineLeaseUnit("B").build();
        var records = new OmMonthRecords(JUNE, dec("11625000.00"), List.of(unitA, unitB), List.of(),
                List.of(new DeductionItem("D1", DeductionKind.RESPONSIBLE_COMPLAINT, dec("10"), "有责投诉", "B", null),
                        new DeductionItem("D2", DeductionKind.CRITICISM_CITY, dec("5"), "市级通报", "A", "A1")),
                List.of(), Exemptions.none());
        OmMonthResult before = new OmMonthAssessment(PARAMS).assess(records);
        assertEquals(dec("85.00"), before.publishedScore());

        // Draft: L1 restore within 90 minutes, 良好 deducts 10%.
        JsonObject draftDocument = Json.createPointer("/gradeBands/1/feeDeductionRate").replace(
                Json.createPointer("/faultLimits/L1/restoreMinutes").replace(codec.encode(PARAMS), Json.createValue(90)),
                Json.createValue(dec("0.10")));
        OmMonthResult after = new OmMonthAssessment(codec.decode(draftDocument)).assess(records);

        OmWhatIf.Comparison comparison = OmWhatIf.compare(OmMonthLines.of(before), figures(before),
                OmMonthLines.of(after), figures(after));

        // Unit A's fault now misses its 90-minute limit: −10 points on A's anomaly part (a new line);
        // A = 90, mean (90 + 100) / 2 = 95 (+−5 on the mean line), − 15 = 80.00 → still 良好, but 10%:
        // 96,875.00 instead of 48,437.50 (+48,437.50).
        List<OmWhatIf.LineChange> changed = comparison.lines().stream().filter(OmWhatIf.LineChange::changed).toList();
        assertEquals(3, comparison.changedLines(), changed::toString);
        OmWhatIf.LineChange fault = changed.get(0);
        assertEquals("A", fault.unitId());
        assertEquals("ANOMALY-FAULT", fault.ruleCode());
        assertNull(fault.before());
        assertEquals(0, dec("-10").compareTo(fault.difference()));
        OmWhatIf.LineChange mean = changed.get(1);
        assertEquals("VENDOR-MEAN", mean.ruleCode());
        assertNull(mean.unitId());
        assertEquals(0, dec("-5").compareTo(mean.difference()));
        OmWhatIf.LineChange money = changed.get(2);
        assertEquals("MONEY-GRADE", money.ruleCode());
        assertEquals(0, dec("48437.50").compareTo(money.before()));
        assertEquals(0, dec("96875.00").compareTo(money.after()));
        assertEquals(new OmWhatIf.Figures(dec("85.00"), Grade.GOOD, dec("48437.50")), comparison.before());
        assertEquals(new OmWhatIf.Figures(dec("80.00"), Grade.GOOD, dec("96875.00")), comparison.after());
    }

    @Test
    void theStoredLinesNameTheirUnit() {
        var records = new OmMonthRecords(JUNE, dec("11625000.00"), List.of(lineLeaseUnit("B").build()), List.of(),
                List.of(), List.of(), Exemptions.none());
        List<ScopedLine> lines = OmMonthLines.of(new OmMonthAssessment(PARAMS).assess(records));
        assertEquals("unit:B", lines.get(0).scope());
        assertEquals("B", OmMonthLines.unitOf(lines.get(0).scope()));
        assertNull(lines.get(lines.size() - 1).scope());
    }

    private static OmWhatIf.Figures figures(OmMonthResult result) {
        return new OmWhatIf.Figures(result.publishedScore(), result.band().grade(), result.moneyDeducted());
    }
}
