package org.perfportal.fiscal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.perfportal.scheme.SchemeCodec;
import org.perfportal.shared.InvalidFieldException;

/**
 * The self-evaluation template as a scheme document (绩效自评指标体系与评分规则): the
 * {@link FiscalTemplate} in the words of 财预〔2020〕10号, so a region that re-issues the table
 * with other weights, bands or grades publishes a new scheme version instead of asking for code.
 * A refusal names the JSON path, e.g. {@code gradeFloors.good}.
 *
 * <pre>{@code
 * {"basis":"财预〔2020〕10号","executionRatePoints":10,"indicatorPoints":90,
 *  "levelOneWeights":{"output":50,"effect":30,"satisfaction":10},
 *  "qualitativeBands":{"achievedFloor":0.80,"partlyFloor":0.60},
 *  "gradeFloors":{"excellent":90,"good":80,"fair":60}}
 * }</pre>
 *
 * <p>{@code indicatorPoints} repeats the sum of the default level-1 weights on purpose: it is
 * the figure every form's weights must reach (一级指标权重可调整，合计不变), and stating it lets a
 * mistyped weight be caught instead of silently changing what forms must add up to.
 */
@ApplicationScoped
public class FiscalSchemeCodec implements SchemeCodec<FiscalTemplate> {

    /** The scheme kind of the fiscal self-evaluation template. */
    public static final String KIND = "fiscal-self-evaluation";

    private static final Map<IndicatorCategory, String> WEIGHT_KEYS = Map.of(
            IndicatorCategory.OUTPUT, "output",
            IndicatorCategory.EFFECT, "effect",
            IndicatorCategory.SATISFACTION, "satisfaction");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public FiscalTemplate decode(JsonObject document) {
        JsonValue basis = document.get("basis");
        if (!(basis instanceof JsonString text) || text.getString().isBlank() || text.getString().length() > 100) {
            throw new InvalidFieldException("basis", "the document the template follows (1–100 characters) is required, was "
                    + basis);
        }
        BigDecimal executionPoints = positive(document, null, "executionRatePoints");
        BigDecimal indicatorPoints = positive(document, null, "indicatorPoints");

        JsonObject weightsObject = object(document, "levelOneWeights");
        Map<IndicatorCategory, BigDecimal> weights = new EnumMap<>(IndicatorCategory.class);
        for (IndicatorCategory category : IndicatorCategory.values()) {
            weights.put(category, positive(weightsObject, "levelOneWeights", WEIGHT_KEYS.get(category)));
        }
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(indicatorPoints) != 0) {
            throw new InvalidFieldException("levelOneWeights", "the level-1 weights sum to " + sum.toPlainString()
                    + ", indicatorPoints says " + indicatorPoints.toPlainString());
        }

        JsonObject bands = object(document, "qualitativeBands");
        BigDecimal achieved = positive(bands, "qualitativeBands", "achievedFloor");
        BigDecimal partly = positive(bands, "qualitativeBands", "partlyFloor");
        if (achieved.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidFieldException("qualitativeBands.achievedFloor", "a share of the weight, at most 1, was "
                    + achieved.toPlainString());
        }
        if (partly.compareTo(achieved) >= 0) {
            throw new InvalidFieldException("qualitativeBands.partlyFloor", "must be below achievedFloor "
                    + achieved.toPlainString() + ", was " + partly.toPlainString());
        }

        JsonObject grades = object(document, "gradeFloors");
        BigDecimal excellent = positive(grades, "gradeFloors", "excellent");
        BigDecimal good = positive(grades, "gradeFloors", "good");
        BigDecimal fair = positive(grades, "gradeFloors", "fair");
        BigDecimal full = executionPoints.add(indicatorPoints);
        if (excellent.compareTo(full) > 0) {
            throw new InvalidFieldException("gradeFloors.excellent", "no form can reach " + excellent.toPlainString()
                    + ": the full score is " + full.toPlainString());
        }
        if (good.compareTo(excellent) >= 0) {
            throw new InvalidFieldException("gradeFloors.good", "must be below excellent " + excellent.toPlainString()
                    + ", was " + good.toPlainString());
        }
        if (fair.compareTo(good) >= 0) {
            throw new InvalidFieldException("gradeFloors.fair", "must be below good " + good.toPlainString()
                    + ", was " + fair.toPlainString());
        }
        return new FiscalTemplate(text.getString().strip(), executionPoints, weights, achieved, partly, excellent, good,
                fair);
    }

    @Override
    public JsonObject encode(FiscalTemplate template) {
        var weights = Json.createObjectBuilder();
        for (IndicatorCategory category : IndicatorCategory.values()) {
            weights.add(WEIGHT_KEYS.get(category), template.weightOf(category));
        }
        return Json.createObjectBuilder()
                .add("basis", template.basis())
                .add("executionRatePoints", template.executionRatePoints())
                .add("indicatorPoints", template.indicatorPoints())
                .add("levelOneWeights", weights)
                .add("qualitativeBands", Json.createObjectBuilder()
                        .add("achievedFloor", template.achievedFloor())
                        .add("partlyFloor", template.partlyFloor()))
                .add("gradeFloors", Json.createObjectBuilder()
                        .add("excellent", template.excellentFloor())
                        .add("good", template.goodFloor())
                        .add("fair", template.fairFloor()))
                .build();
    }

    private static JsonObject object(JsonObject document, String key) {
        JsonValue value = document.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidFieldException(key, "an object is required, was " + value);
        }
        return value.asJsonObject();
    }

    private static BigDecimal positive(JsonObject object, String parent, String key) {
        String path = parent == null ? key : parent + "." + key;
        JsonValue value = object.get(key);
        if (!(value instanceof JsonNumber number) || number.bigDecimalValue().signum() <= 0
                || number.bigDecimalValue().scale() > 2 || number.bigDecimalValue().precision() > 7) {
            throw new InvalidFieldException(path, "a number greater than zero with at most two decimals is required, was "
                    + value);
        }
        return number.bigDecimalValue();
    }
}
