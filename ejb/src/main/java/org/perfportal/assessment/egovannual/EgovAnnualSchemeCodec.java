package org.perfportal.assessment.egovannual;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.perfportal.scheme.SchemeCodec;
import org.perfportal.shared.InvalidFieldException;

/**
 * The Pingliang scheme document (平凉市电子政务工作考核办法 + 政务专网管理办法 参数) as JSON: the
 * {@link EgovAnnualSchemeParameters} as an administrator edits them — the two indicator sets
 * with code, heading, name, weight (分值) and guidance, the bonus cap, the tie-break levels by
 * name, the self-assessment deadline as {@code MM-dd}, the arrival limits in minutes, the
 * reminders, the deduction ranges in percent, the monthly cap and the zone. A refusal names the
 * JSON path, e.g. {@code indicatorSets.COUNTY_DISTRICT.indicators[ZZ-01].weight}; a set whose
 * regular weights do not add up to 100 is refused as a whole
 * ({@code indicatorSets.COUNTY_DISTRICT.indicators}).
 *
 * <pre>{@code
 * {"indicatorSets":{"COUNTY_DISTRICT":{"bonusCap":5,"indicators":[{"code":"ZZ-01","heading":"ORGANIZATION",
 *    "name":"“一把手”领导落实情况","weight":5,"guidance":"…"},…]},"MUNICIPAL_DEPARTMENT":{…}},
 *  "tieBreaks":[{"by":"REGULAR_SCORE"},{"by":"HEADING","heading":"INFORMATION_SECURITY"}],
 *  "selfAssessmentDeadline":"12-31","arrivalLimitMinutes":{"CITY":60,"TOWNSHIP":180},
 *  "remindersBeforeDeduction":3,"rentDeductionRanges":{"NO_ARRIVAL_AFTER_REMINDERS":{"min":5,"max":10},…},
 *  "monthlyCapPercentage":100,"zone":"Asia/Shanghai"}
 * }</pre>
 */
@ApplicationScoped
public class EgovAnnualSchemeCodec implements SchemeCodec<EgovAnnualSchemeParameters> {

    /** The scheme kind of the Pingliang annual assessment and the dedicated-network rent rules. */
    public static final String KIND = "egov-annual";

    private static final String REGULAR_SCORE = "REGULAR_SCORE";
    private static final String HEADING = "HEADING";
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public EgovAnnualSchemeParameters decode(JsonObject document) {
        JsonObject setsDocument = object(document, "indicatorSets", "indicatorSets");
        Map<UnitCategory, IndicatorSet> sets = new EnumMap<>(UnitCategory.class);
        for (UnitCategory category : UnitCategory.values()) {
            String path = "indicatorSets." + category.name();
            sets.put(category, indicatorSet(category, object(setsDocument, category.name(), path), path));
        }
        JsonObject limits = object(document, "arrivalLimitMinutes", "arrivalLimitMinutes");
        Map<NetworkLocation, Duration> arrival = new EnumMap<>(NetworkLocation.class);
        for (NetworkLocation location : NetworkLocation.values()) {
            arrival.put(location, Duration.ofMinutes(positiveWhole(limits, location.name(), "arrivalLimitMinutes." + location.name())));
        }
        JsonObject rangesDocument = object(document, "rentDeductionRanges", "rentDeductionRanges");
        Map<RentDeductionGround, PercentageRange> ranges = new EnumMap<>(RentDeductionGround.class);
        for (RentDeductionGround ground : RentDeductionGround.values()) {
            String path = "rentDeductionRanges." + ground.name();
            JsonObject range = object(rangesDocument, ground.name(), path);
            BigDecimal min = decimal(range, "min", path + ".min", false);
            BigDecimal max = decimal(range, "max", path + ".max", true);
            if (min.compareTo(max) > 0 || max.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidFieldException(path + ".max", "the range runs from min up to max, at most 100%, was "
                        + min.toPlainString() + "–" + max.toPlainString());
            }
            ranges.put(ground, new PercentageRange(min, max));
        }
        return new EgovAnnualSchemeParameters(sets, tieBreaks(document), arrival,
                positiveWhole(document, "remindersBeforeDeduction", "remindersBeforeDeduction"), ranges,
                decimal(document, "monthlyCapPercentage", "monthlyCapPercentage", true), zone(document),
                monthDay(document));
    }

    @Override
    public JsonObject encode(EgovAnnualSchemeParameters p) {
        JsonObjectBuilder sets = Json.createObjectBuilder();
        for (UnitCategory category : UnitCategory.values()) {
            IndicatorSet set = p.indicatorSets().get(category);
            JsonArrayBuilder indicators = Json.createArrayBuilder();
            for (Indicator i : set.indicators()) {
                indicators.add(Json.createObjectBuilder().add("code", i.code()).add("heading", i.heading().name())
                        .add("name", i.name()).add("weight", i.weight()).add("guidance", i.guidance()));
            }
            sets.add(category.name(), Json.createObjectBuilder().add("bonusCap", set.bonusCap()).add("indicators", indicators));
        }
        JsonArrayBuilder tieBreaks = Json.createArrayBuilder();
        for (TieBreak level : p.tieBreaks()) {
            tieBreaks.add(level instanceof TieBreak.HeadingScore heading
                    ? Json.createObjectBuilder().add("by", HEADING).add("heading", heading.heading().name())
                    : Json.createObjectBuilder().add("by", REGULAR_SCORE));
        }
        JsonObjectBuilder arrival = Json.createObjectBuilder();
        for (NetworkLocation location : NetworkLocation.values()) {
            arrival.add(location.name(), p.arrivalLimits().get(location).toMinutes());
        }
        JsonObjectBuilder ranges = Json.createObjectBuilder();
        for (RentDeductionGround ground : RentDeductionGround.values()) {
            PercentageRange range = p.rentDeductionRanges().get(ground);
            ranges.add(ground.name(), Json.createObjectBuilder().add("min", range.min()).add("max", range.max()));
        }
        return Json.createObjectBuilder()
                .add("indicatorSets", sets)
                .add("tieBreaks", tieBreaks)
                .add("selfAssessmentDeadline", MONTH_DAY.format(p.selfAssessmentDeadline()))
                .add("arrivalLimitMinutes", arrival)
                .add("remindersBeforeDeduction", p.remindersBeforeDeduction())
                .add("rentDeductionRanges", ranges)
                .add("monthlyCapPercentage", p.monthlyCapPercentage())
                .add("zone", p.zone().getId())
                .build();
    }

    private static IndicatorSet indicatorSet(UnitCategory category, JsonObject set, String path) {
        JsonValue list = set.get("indicators");
        if (!(list instanceof JsonArray array) || array.isEmpty()) {
            throw new InvalidFieldException(path + ".indicators", "a non-empty list of indicators is required");
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int n = 0; n < array.size(); n++) {
            String at = path + ".indicators[" + n + "]";
            if (!(array.get(n) instanceof JsonObject indicator)) {
                throw new InvalidFieldException(at, "an indicator is an object with code, heading, name, weight, guidance");
            }
            String code = text(indicator, "code", at + ".code");
            Heading heading = choice(indicator, "heading", at + ".heading", Heading.class);
            indicators.add(new Indicator(code, heading, text(indicator, "name", at + ".name"),
                    decimal(indicator, "weight", at + ".weight", true), text(indicator, "guidance", at + ".guidance")));
        }
        BigDecimal cap = decimal(set, "bonusCap", path + ".bonusCap", true);
        try {
            return new IndicatorSet(category, indicators, cap);
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(path + "." + e.field(), e.getMessage());
        }
    }

    private static List<TieBreak> tieBreaks(JsonObject document) {
        if (!(document.get("tieBreaks") instanceof JsonArray array)) {
            throw new InvalidFieldException("tieBreaks", "a list of tie-break levels is required (it may be empty)");
        }
        List<TieBreak> levels = new ArrayList<>();
        for (int n = 0; n < array.size(); n++) {
            String at = "tieBreaks[" + n + "]";
            JsonObject level = array.get(n) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            String by = level.get("by") instanceof JsonString s ? s.getString() : "";
            levels.add(switch (by) {
                case REGULAR_SCORE -> new TieBreak.RegularScore();
                case HEADING -> new TieBreak.HeadingScore(choice(level, "heading", at + ".heading", Heading.class));
                default -> throw new InvalidFieldException(at + ".by", "one of [" + REGULAR_SCORE + ", " + HEADING
                        + "] is required, was " + level.get("by"));
            });
        }
        return levels;
    }

    private static JsonObject object(JsonObject parent, String key, String path) {
        if (!(parent.get(key) instanceof JsonObject object)) {
            throw new InvalidFieldException(path, "an object is required");
        }
        return object;
    }

    private static String text(JsonObject object, String key, String path) {
        if (!(object.get(key) instanceof JsonString text) || text.getString().isBlank()) {
            throw new InvalidFieldException(path, "a non-blank text is required");
        }
        return text.getString().strip();
    }

    private static <E extends Enum<E>> E choice(JsonObject object, String key, String path, Class<E> type) {
        JsonValue value = object.get(key);
        if (value instanceof JsonString text) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text.getString())) {
                    return constant;
                }
            }
        }
        throw new InvalidFieldException(path, "one of " + List.of(type.getEnumConstants()) + " is required, was " + value);
    }

    private static int positiveWhole(JsonObject object, String key, String path) {
        JsonValue value = object.get(key);
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.bigDecimalValue().signum() <= 0
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new InvalidFieldException(path, "a whole number greater than zero is required, was " + value);
        }
        return number.intValue();
    }

    private static BigDecimal decimal(JsonObject object, String key, String path, boolean positive) {
        JsonValue value = object.get(key);
        if (!(value instanceof JsonNumber number) || number.bigDecimalValue().signum() < (positive ? 1 : 0)) {
            throw new InvalidFieldException(path, "a number " + (positive ? "greater than zero" : "of zero or more")
                    + " is required, was " + value);
        }
        return number.bigDecimalValue();
    }

    private static MonthDay monthDay(JsonObject document) {
        JsonValue value = document.get("selfAssessmentDeadline");
        try {
            if (value instanceof JsonString text) {
                return MonthDay.parse("--" + text.getString());
            }
        } catch (DateTimeException e) {
            // refused below, naming the field
        }
        throw new InvalidFieldException("selfAssessmentDeadline", "a day of the year written MM-dd, e.g. 12-31, is required, was " + value);
    }

    private static ZoneId zone(JsonObject document) {
        JsonValue value = document.get("zone");
        if (value instanceof JsonString text && ZoneId.getAvailableZoneIds().contains(text.getString())) {
            return ZoneId.of(text.getString());
        }
        throw new InvalidFieldException("zone", "a region time-zone id such as Asia/Shanghai is required, was " + value);
    }
}
