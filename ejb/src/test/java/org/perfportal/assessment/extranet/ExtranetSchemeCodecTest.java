package org.perfportal.assessment.extranet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfportal.scheme.SchemeDocuments;
import org.perfportal.shared.ConflictException;

/** The Ordos scheme document: the seeded one is exactly seed 000's scheme; bad ones name their path. */
class ExtranetSchemeCodecTest {

    private final ExtranetSchemeCodec codec = new ExtranetSchemeCodec();

    @Test
    void theSeededDocumentIsTheOrdos2025Scheme() {
        assertEquals(ExtranetSchemeParameters.template2025(), codec.decode(seeded()));
        // Encoding names the readings added by issue 17 with their Defaults; the stored 2025 version has none.
        JsonObject encoded = codec.encode(ExtranetSchemeParameters.template2025());
        assertEquals("ANY_DAY", encoded.getString("lineMonthBasis"));
        assertEquals("FIXED_MONTHS", encoded.getString("illegalConnectionYearBasis"));
        assertEquals(2, encoded.getInt("minimumMaintainers"));
        JsonObjectBuilder without = Json.createObjectBuilder(encoded);
        assertTrue(encoded.getBoolean("operatorAcceptanceRequired"));
        List.of("lineMonthBasis", "illegalConnectionYearBasis", "minimumMaintainers", "operatorAcceptanceRequired")
                .forEach(without::remove);
        assertEquals(seeded(), without.build());
    }

    /**
     * Issue 17: 三、(一) 「确保至少两人专职负责」, 三、(二) 「本年度网络租赁费用」 and the month a line counts
     * in are parameters; a published version naming none of them (ordos-2025) reads the Defaults
     * 2 / FIXED_MONTHS / ANY_DAY, so it computes what it computed before; a new version may name others.
     */
    @Test
    void theReadingsOfIssue17AreParametersWithDefaults() {
        ExtranetSchemeParameters seeded = codec.decode(seeded());
        assertEquals(2, seeded.minimumMaintainers());
        assertEquals(AnnualLeaseBasis.FIXED_MONTHS, seeded.illegalConnectionYearBasis());
        assertEquals(LineMonthBasis.ANY_DAY, seeded.lineMonthBasis());
        JsonObject revised = Json.createObjectBuilder(seeded()).add("minimumMaintainers", 3)
                .add("illegalConnectionYearBasis", "CONTRACT_MONTHS_IN_YEAR").add("lineMonthBasis", "WHOLE_MONTH").build();
        ExtranetSchemeParameters read = codec.decode(revised);
        assertEquals(3, read.minimumMaintainers());
        assertEquals(AnnualLeaseBasis.CONTRACT_MONTHS_IN_YEAR, read.illegalConnectionYearBasis());
        assertEquals(LineMonthBasis.WHOLE_MONTH, read.lineMonthBasis());
        assertEquals(read, codec.decode(codec.encode(read)));
        assertEquals("minimumMaintainers", SchemeDocuments.refusedField(codec, Json.createObjectBuilder(seeded()).add("minimumMaintainers", 0).build()));
        assertEquals("illegalConnectionYearBasis", SchemeDocuments.refusedField(codec,
                Json.createObjectBuilder(seeded()).add("illegalConnectionYearBasis", "SOMETIMES").build()));
        assertEquals("lineMonthBasis", SchemeDocuments.refusedField(codec, Json.createObjectBuilder(seeded()).add("lineMonthBasis", "HALF").build()));
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

    /**
     * Item 12, 四、(二) 「在制定扣款准则之前…确保双方对于扣款准则有共识，并签订相关协议」: a version is fit to publish
     * only with the operator's acceptance recorded (Default: required); the acceptance round-trips.
     */
    @Test
    void aVersionNeedsTheOperatorsAcceptanceToBePublished() {
        ExtranetSchemeParameters unsigned = codec.decode(seeded());
        assertTrue(unsigned.operatorAcceptanceRequired());
        assertEquals("parameters.operatorAcceptance",
                assertThrows(ConflictException.class, () -> codec.requirePublishable(unsigned)).field());

        JsonObject signed = Json.createObjectBuilder(seeded()).add("operatorAcceptance", Json.createObjectBuilder()
                .add("acceptedBy", "中国电信鄂托克旗分公司 张伟").add("acceptedOn", "2025-12-20").add("document", "扣款准则协议 OTG-XY-2026-01"))
                .build();
        ExtranetSchemeParameters read = codec.decode(signed);
        assertEquals(new OperatorAcceptance("中国电信鄂托克旗分公司 张伟", java.time.LocalDate.of(2025, 12, 20), "扣款准则协议 OTG-XY-2026-01"),
                read.operatorAcceptance());
        codec.requirePublishable(read);
        assertEquals(read, codec.decode(codec.encode(read)));
        codec.requirePublishable(codec.decode(Json.createObjectBuilder(seeded()).add("operatorAcceptanceRequired", false).build()));

        assertEquals("operatorAcceptance.acceptedOn", SchemeDocuments.refusedField(codec, Json.createObjectBuilder(seeded())
                .add("operatorAcceptance", Json.createObjectBuilder().add("acceptedBy", "张伟").add("acceptedOn", "12月20日")
                        .add("document", "协议")).build()));
        assertEquals("operatorAcceptance.document", SchemeDocuments.refusedField(codec, Json.createObjectBuilder(seeded())
                .add("operatorAcceptance", Json.createObjectBuilder().add("acceptedBy", "张伟").add("acceptedOn", "2025-12-20")).build()));
        assertEquals("operatorAcceptanceRequired", SchemeDocuments.refusedField(codec,
                Json.createObjectBuilder(seeded()).add("operatorAcceptanceRequired", "yes").build()));
    }

    private static JsonObject seeded() {
        return SchemeDocuments.seeded("ordos-2025");
    }

}
