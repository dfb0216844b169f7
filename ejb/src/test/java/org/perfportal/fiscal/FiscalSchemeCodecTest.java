package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perfportal.fiscal.ShanghaiSelfEvaluations2020.d;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfportal.scheme.SchemeDocuments;

/**
 * The self-evaluation template as a scheme document: the seeded shanghai-2020 is exactly
 * {@link FiscalTemplate#default2020()} (财预〔2020〕10号), a variant round-trips, and a bad value
 * is refused naming its JSON path.
 */
class FiscalSchemeCodecTest {

    private final FiscalSchemeCodec codec = new FiscalSchemeCodec();

    @Test
    void theSeededDocumentIsThe2020Template() {
        assertEquals(FiscalTemplate.default2020(), codec.decode(seeded()));
        assertEquals(seeded(), codec.encode(FiscalTemplate.default2020()));
    }

    @Test
    void aRegionalVariantRoundTripsAndGradesByItsOwnBands() {
        // 优 from 95, 良 from 85, 中 from 70: the golden row 3 total 94.98 is 良 here, 优 under 2020
        JsonObject variant = Json.createPointer("/gradeFloors").replace(seeded(),
                SchemeDocuments.value("{\"excellent\":95,\"good\":85,\"fair\":70}"));
        FiscalTemplate template = codec.decode(variant);

        assertEquals(variant, codec.encode(template));
        assertEquals(Grade.GOOD, template.grade(d("94.98")));
        assertEquals(Grade.EXCELLENT, FiscalTemplate.default2020().grade(d("94.98")));
        assertEquals(Grade.FAIR, template.grade(d("84.99")));
        assertEquals(Grade.POOR, template.grade(d("69.99")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/basis|\"\"|basis",
            "/executionRatePoints|0|executionRatePoints",
            "/indicatorPoints|-90|indicatorPoints",
            "/indicatorPoints|80|levelOneWeights",
            "/levelOneWeights/effect|\"30\"|levelOneWeights.effect",
            "/levelOneWeights/output|50.001|levelOneWeights.output",
            "/levelOneWeights|[50,30,10]|levelOneWeights",
            "/qualitativeBands/achievedFloor|1.20|qualitativeBands.achievedFloor",
            "/qualitativeBands/partlyFloor|0.80|qualitativeBands.partlyFloor",
            "/qualitativeBands/partlyFloor|0|qualitativeBands.partlyFloor",
            "/gradeFloors/excellent|101|gradeFloors.excellent",
            "/gradeFloors/good|90|gradeFloors.good",
            "/gradeFloors/fair|85|gradeFloors.fair"})
    void aBadValueIsRefusedNamingItsPath(String pointer, String value, String field) {
        JsonObject bad = SchemeDocuments.replaced(seeded(), pointer, value);
        assertEquals(field, SchemeDocuments.refusedField(codec, bad));
    }

    @Test
    void aMissingWeightIsRefusedNamingIt() {
        JsonObject bad = Json.createPointer("/levelOneWeights/satisfaction").remove(seeded());
        assertEquals("levelOneWeights.satisfaction", SchemeDocuments.refusedField(codec, bad));
    }

    private static JsonObject seeded() {
        return SchemeDocuments.seeded("shanghai-2020");
    }

}
