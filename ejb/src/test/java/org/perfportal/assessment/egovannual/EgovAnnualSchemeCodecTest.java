package org.perfportal.assessment.egovannual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfportal.scheme.SchemeDocuments;

/** The Pingliang scheme document: the seeded one is exactly {@code template2025()}; bad ones name their path. */
class EgovAnnualSchemeCodecTest {

    private final EgovAnnualSchemeCodec codec = new EgovAnnualSchemeCodec();

    @Test
    void theSeededDocumentIsThePingliang2025Scheme() {
        assertEquals(EgovAnnualSchemeParameters.template2025(), codec.decode(seeded()));
        assertEquals(seeded(), codec.encode(EgovAnnualSchemeParameters.template2025()));
    }

    @Test
    void anEditedVersionRoundTrips() {
        // Another tie-break order, a cap of 4 and a deadline of 15 December.
        JsonObject edited = Json.createPointer("/tieBreaks").replace(seeded(), SchemeDocuments.value(
                "[{\"by\":\"HEADING\",\"heading\":\"APPLICATION_EFFECT\"},{\"by\":\"REGULAR_SCORE\"}]"));
        edited = Json.createPointer("/indicatorSets/COUNTY_DISTRICT/bonusCap").replace(edited, Json.createValue(4));
        edited = Json.createPointer("/selfAssessmentDeadline").replace(edited, Json.createValue("12-15"));
        EgovAnnualSchemeParameters decoded = codec.decode(edited);
        assertEquals(List.of(new TieBreak.HeadingScore(Heading.APPLICATION_EFFECT), new TieBreak.RegularScore()), decoded.tieBreaks());
        assertEquals(0, decoded.indicatorSets().get(UnitCategory.COUNTY_DISTRICT).bonusCap().compareTo(java.math.BigDecimal.valueOf(4)));
        assertEquals(MonthDay.of(12, 15), decoded.selfAssessmentDeadline());
        assertEquals(decoded, codec.decode(codec.encode(decoded)));
    }

    @Test
    void theSelfAssessmentClosesAtTheEndOfTheDeadlineDayInShanghai() {
        // 2026-12-31 is open until 2027-01-01T00:00+08:00 = 2026-12-31T16:00Z.
        assertEquals(Instant.parse("2026-12-31T16:00:00Z"), EgovAnnualSchemeParameters.template2025().selfAssessmentClosesAt(2026));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // ZZ-01 is the first county indicator; its weight 5 -> 6 makes the regular weights 101.
            "/indicatorSets/COUNTY_DISTRICT/indicators/0/weight|6|indicatorSets.COUNTY_DISTRICT.indicators",
            "/indicatorSets/COUNTY_DISTRICT/indicators/0/weight|0|indicatorSets.COUNTY_DISTRICT.indicators[0].weight",
            "/indicatorSets/COUNTY_DISTRICT/indicators/1/code|\"ZZ-01\"|indicatorSets.COUNTY_DISTRICT.indicators[ZZ-01].code",
            "/indicatorSets/MUNICIPAL_DEPARTMENT/indicators/0/heading|\"LEADERSHIP\"|indicatorSets.MUNICIPAL_DEPARTMENT.indicators[0].heading",
            "/indicatorSets/MUNICIPAL_DEPARTMENT/bonusCap|0|indicatorSets.MUNICIPAL_DEPARTMENT.bonusCap",
            "/indicatorSets/COUNTY_DISTRICT/indicators/0/name|\" \"|indicatorSets.COUNTY_DISTRICT.indicators[0].name",
            "/tieBreaks/1/by|\"RANDOM\"|tieBreaks[1].by",
            "/selfAssessmentDeadline|\"12-32\"|selfAssessmentDeadline",
            "/arrivalLimitMinutes/CITY|0|arrivalLimitMinutes.CITY",
            "/remindersBeforeDeduction|2.5|remindersBeforeDeduction",
            "/rentDeductionRanges/FAULT_CAUSED_BY_NETWORK/max|101|rentDeductionRanges.FAULT_CAUSED_BY_NETWORK.max",
            "/rentDeductionRanges/NO_ARRIVAL_AFTER_REMINDERS/min|11|rentDeductionRanges.NO_ARRIVAL_AFTER_REMINDERS.max",
            "/monthlyCapPercentage|-1|monthlyCapPercentage",
            "/zone|\"Mars/Olympus\"|zone"})
    void aBadValueIsRefusedNamingItsPath(String pointer, String value, String field) {
        JsonObject bad = SchemeDocuments.replaced(seeded(), pointer, value);
        assertEquals(field, SchemeDocuments.refusedField(codec, bad));
    }

    @Test
    void aMissingSetIsRefusedNamingIt() {
        JsonObject bad = Json.createPointer("/indicatorSets/MUNICIPAL_DEPARTMENT").remove(seeded());
        assertEquals("indicatorSets.MUNICIPAL_DEPARTMENT", SchemeDocuments.refusedField(codec, bad));
    }

    static JsonObject seeded() {
        return SchemeDocuments.seeded("pingliang-2025");
    }

}
