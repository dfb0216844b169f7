package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfportal.scheme.SchemeDocuments;

/**
 * The Luohe scheme document: the seeded {@code luohe-2025} is exactly {@link OmSchemeParameters#template2025()}
 * (附件3/附件4.2 and the DOMAIN §2 Defaults), every Default is editable, and a bad value names its JSON path.
 */
class OmSchemeCodecTest {

    private final OmSchemeCodec codec = new OmSchemeCodec();

    @Test
    void theSeededDocumentIsTheLuohe2025Scheme() {
        assertEquals(OmSchemeParameters.template2025(), codec.decode(seeded()));
        assertEquals(seeded(), codec.encode(OmSchemeParameters.template2025()));
    }

    @Test
    void theSeededDocumentCarriesTheSourceFigures() {
        OmSchemeParameters p = codec.decode(seeded());
        // 附件4.2: L2 fault 10 min / 4 h, 10 points; 极危 24 h with response; 良好 from 80 → 5%.
        assertEquals(Duration.ofHours(4), p.faultLimits().get(FaultLevel.L2).restore());
        assertEquals(0, BigDecimal.TEN.compareTo(p.faultLimits().get(FaultLevel.L2).deduction()));
        assertEquals(Duration.ofDays(15), p.vulnerabilityLimits().get(VulnerabilitySeverity.MEDIUM_LOW).fix());
        GradeBand good = p.gradeBands().stream().filter(b -> b.grade() == Grade.GOOD).findFirst().orElseThrow();
        assertEquals(new BigDecimal("80.00"), good.minScore());
        assertEquals(new BigDecimal("0.05"), good.feeDeductionRate());
    }

    /** Each DOMAIN §2 Default is a value of the document, so a draft can change it without code. */
    @Test
    void theDefaultsAreParametersOfTheDocument() {
        JsonObject changed = replace(replace(replace(replace(seeded(),
                "/satisfaction/factors/BASICALLY_SATISFIED", "0.9"),
                "/monthlyCapToFee", "false"),
                "/paymentTerms/monthsPerYear", "24"),
                "/monthStartDay", "1");
        OmSchemeParameters p = codec.decode(changed);
        assertEquals(new BigDecimal("0.9"), p.satisfactionFactors().get(SatisfactionLevel.BASICALLY_SATISFIED));
        assertEquals(false, p.monthlyCapToFee());
        // monthly fee = total ÷ monthsPerYear: 11 625 000.00 ÷ 24 = 484 375.00
        assertEquals(new BigDecimal("484375.00"), p.paymentTerms().monthlyFee(new BigDecimal("11625000.00")));
        assertEquals(1, p.monthStartDay());
        assertEquals(p, codec.decode(codec.encode(p)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/faultLimits/L2/restoreMinutes|0|faultLimits.L2.restoreMinutes",
            "/faultLimits/L3/deduction|-5|faultLimits.L3.deduction",
            "/vulnerabilityLimits/HIGH/fixHours|7.5|vulnerabilityLimits.HIGH.fixHours",
            "/vulnerabilityLimits/CRITICAL/responseRequired|\"yes\"|vulnerabilityLimits.CRITICAL.responseRequired",
            "/satisfaction/factors/AVERAGE|1.2|satisfaction.factors.AVERAGE",
            "/satisfaction/itemPoints|5|satisfaction.itemPoints",
            "/routineWork/scan|9|routineWork",
            "/deductionRanges/NON_COOPERATION/max|4|deductionRanges.NON_COOPERATION.max",
            "/gradeBands/1/feeDeductionRate|5|gradeBands[1].feeDeductionRate",
            "/gradeBands/2/grade|\"MEDIOCRE\"|gradeBands[2].grade",
            "/gradeBands/3/minScore|10|gradeBands",
            "/gradeBands/1/minScore|90.0|gradeBands[1].minScore",
            "/penaltyTariffs/VIOLATION/maxRate|0.05|penaltyTariffs.VIOLATION.maxRate",
            "/penaltyTariffs/RECURRING_FAULT/amount|20000.001|penaltyTariffs.RECURRING_FAULT.amount",
            "/paymentTerms/installmentCount|5|paymentTerms.installmentCount",
            "/paymentTerms/latePenaltyCapShareOfTotal|20|paymentTerms.latePenaltyCapShareOfTotal",
            "/monthStartDay|31|monthStartDay",
            "/scoreScale|9|scoreScale",
            "/zone|\"Mars/Olympus\"|zone",
            "/weights|30|weights"})
    void aBadValueIsRefusedNamingItsPath(String pointer, String value, String field) {
        assertEquals(field, SchemeDocuments.refusedField(codec, replace(seeded(), pointer, value)));
    }

    @Test
    void aMissingOrUnknownKeyIsRefusedNamingIt() {
        JsonObject missing = Json.createPointer("/faultLimits/L4").remove(seeded());
        assertEquals("faultLimits.L4", SchemeDocuments.refusedField(codec, missing));
        JsonObject unknown = Json.createPointer("/penaltyTariffs/BRIBERY").add(seeded(),
                Json.createObjectBuilder().add("amount", 1).build());
        assertEquals("penaltyTariffs.BRIBERY", SchemeDocuments.refusedField(codec, unknown));
        JsonObject noCap = Json.createPointer("/monthlyCapToFee").remove(seeded());
        assertEquals("monthlyCapToFee", SchemeDocuments.refusedField(codec, noCap));
    }

    static JsonObject seeded() {
        return SchemeDocuments.seeded("luohe-2025");
    }

    private static JsonObject replace(JsonObject document, String pointer, String value) {
        return SchemeDocuments.replaced(document, pointer, value);
    }

}
