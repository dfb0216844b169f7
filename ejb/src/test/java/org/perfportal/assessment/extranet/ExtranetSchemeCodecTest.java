package org.perfportal.assessment.extranet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfportal.scheme.SchemeDocuments;

/** The Ordos scheme document: the seeded one is exactly seed 000's scheme; bad ones name their path. */
class ExtranetSchemeCodecTest {

    private final ExtranetSchemeCodec codec = new ExtranetSchemeCodec();

    @Test
    void theSeededDocumentIsTheOrdos2025Scheme() {
        assertEquals(ExtranetSchemeParameters.template2025(), codec.decode(seeded()));
        assertEquals(seeded(), codec.encode(ExtranetSchemeParameters.template2025()));
    }

    @Test
    void theTwoChoicesRoundTrip() {
        ExtranetSchemeParameters text = ExtranetSchemeParameters.template2025().withBackboneLimits(BackboneLimits.MEASURES_TEXT)
                .withFaultRuleCombination(FaultRuleCombination.ADD_UP);
        assertEquals(text, codec.decode(codec.encode(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/banner/repairHours|0|banner.repairHours",
            "/sumuTown/arriveHours|-1|sumuTown.arriveHours",
            "/outageDays|1.5|outageDays",
            "/reportRatePerDayLate|0|reportRatePerDayLate",
            "/reportDueDayOfMonth|31|reportDueDayOfMonth",
            "/backboneLimits|\"BOTH\"|backboneLimits",
            "/faultRuleCombination|\"SOMETIMES\"|faultRuleCombination",
            "/zone|\"Mars/Olympus\"|zone",
            "/gachaVillage|\"48h\"|gachaVillage"})
    void aBadValueIsRefusedNamingItsPath(String pointer, String value, String field) {
        JsonObject bad = SchemeDocuments.replaced(seeded(), pointer, value);
        assertEquals(field, SchemeDocuments.refusedField(codec, bad));
    }

    @Test
    void aMissingNumberIsRefusedNamingIt() {
        JsonObject bad = Json.createPointer("/banner/repairHours").remove(seeded());
        assertEquals("banner.repairHours", SchemeDocuments.refusedField(codec, bad));
    }

    private static JsonObject seeded() {
        return SchemeDocuments.seeded("ordos-2025");
    }

}
