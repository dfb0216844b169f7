package org.perfportal.assessment.extranet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.perfportal.scheme.SchemeCodec;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;

/**
 * The Otog Banner scheme document (鄂托克旗外网考核办法参数) as JSON: the
 * {@link ExtranetSchemeParameters} in words an administrator can read and edit — hours, days and
 * months as whole numbers, the two scheme choices by name. Every number must be present and
 * positive; a refusal names the JSON path, e.g. {@code banner.repairHours}.
 *
 * <pre>{@code
 * {"banner":{"arriveHours":2,"repairHours":6},"sumuTown":{…},"gachaVillage":{…},
 *  "lateRepairMonths":1,"outageDays":7,"outageMonths":1,"unrepairedCalendarMonths":1,"unrepairedMonths":12,
 *  "faultRuleCombination":"LARGEST_APPLIES","relocationWorkingDays":15,"relocationMonths":1,
 *  "backboneLimits":"ASSESSMENT_TABLE","backboneMonths":1,"reportDueDayOfMonth":5,
 *  "reportRatePerDayLate":0.01,"illegalConnectionMonths":12,"zone":"Asia/Shanghai",
 *  "lineMonthBasis":"ANY_DAY","illegalConnectionYearBasis":"CONTRACT_MONTHS_IN_YEAR","minimumMaintainers":2,
 *  "operatorAcceptanceRequired":true,
 *  "operatorAcceptance":{"acceptedBy":"中国电信鄂托克旗分公司 张伟","acceptedOn":"2025-12-20","document":"扣款准则协议 OTG-XY-2026-01"}}
 * }</pre>
 *
 * <p>The last five came later (issue 17); a published version is immutable, so a document without
 * them reads their Defaults — {@code ANY_DAY}, {@code FIXED_MONTHS} (the 12 months those versions
 * always charged), 2 (确保至少两人专职负责) and acceptance required (it only gates publishing, which
 * a published version is past) — and computes exactly what it computed before.
 */
@ApplicationScoped
public class ExtranetSchemeCodec implements SchemeCodec<ExtranetSchemeParameters> {

    /** The scheme kind of the Ordos extranet assessment. */
    public static final String KIND = "extranet-half-year";

    /** The two readings of the backbone limits the seed offers (see {@link BackboneLimits}). */
    private static final Map<String, BackboneLimits> BACKBONE_CHOICES = Map.of(
            "ASSESSMENT_TABLE", BackboneLimits.ASSESSMENT_TABLE,
            "MEASURES_TEXT", BackboneLimits.MEASURES_TEXT);

    private static final Map<LocationClass, String> LOCATION_KEYS = Map.of(
            LocationClass.BANNER_ORGAN, "banner",
            LocationClass.SUMU_TOWN, "sumuTown",
            LocationClass.GACHA_VILLAGE, "gachaVillage");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ExtranetSchemeParameters decode(JsonObject document) {
        Map<LocationClass, FaultLimits> limits = new EnumMap<>(LocationClass.class);
        for (LocationClass location : LocationClass.values()) {
            String key = LOCATION_KEYS.get(location);
            JsonObject limit = object(document, key);
            limits.put(location, new FaultLimits(Duration.ofHours(positive(limit, key, "arriveHours")),
                    Duration.ofHours(positive(limit, key, "repairHours"))));
        }
        int dueDay = positive(document, null, "reportDueDayOfMonth");
        if (dueDay > 28) {
            throw new InvalidFieldException("reportDueDayOfMonth", "must be 1 to 28 (every month has that day), was " + dueDay);
        }
        return new ExtranetSchemeParameters(limits,
                positive(document, null, "lateRepairMonths"),
                Duration.ofDays(positive(document, null, "outageDays")),
                positive(document, null, "outageMonths"),
                Period.ofMonths(positive(document, null, "unrepairedCalendarMonths")),
                positive(document, null, "unrepairedMonths"),
                choice(document, "faultRuleCombination", names(FaultRuleCombination.values())),
                positive(document, null, "relocationWorkingDays"),
                positive(document, null, "relocationMonths"),
                choice(document, "backboneLimits", BACKBONE_CHOICES),
                positive(document, null, "backboneMonths"),
                dueDay,
                positiveDecimal(document, "reportRatePerDayLate"),
                positive(document, null, "illegalConnectionMonths"),
                zone(document),
                document.containsKey("lineMonthBasis") ? choice(document, "lineMonthBasis", names(LineMonthBasis.values()))
                        : LineMonthBasis.ANY_DAY,
                document.containsKey("illegalConnectionYearBasis")
                        ? choice(document, "illegalConnectionYearBasis", names(AnnualLeaseBasis.values()))
                        : AnnualLeaseBasis.FIXED_MONTHS,
                document.containsKey("minimumMaintainers") ? positive(document, null, "minimumMaintainers") : 2,
                !document.containsKey("operatorAcceptanceRequired") || flag(document, "operatorAcceptanceRequired"),
                acceptance(document));
    }

    @Override
    public JsonObject encode(ExtranetSchemeParameters p) {
        JsonObjectBuilder document = Json.createObjectBuilder();
        for (LocationClass location : LocationClass.values()) {
            FaultLimits limits = p.limitsFor(location);
            document.add(LOCATION_KEYS.get(location), Json.createObjectBuilder()
                    .add("arriveHours", limits.arrive().toHours())
                    .add("repairHours", limits.repair().toHours()));
        }
        String backbone = BACKBONE_CHOICES.entrySet().stream()
                .filter(e -> e.getValue().equals(p.backboneLimits()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("backbone limits are neither of the two readings"));
        document
                .add("lateRepairMonths", p.lateRepairMonths())
                .add("outageDays", p.outageLimit().toDays())
                .add("outageMonths", p.outageMonths())
                .add("unrepairedCalendarMonths", p.unrepairedLimit().toTotalMonths())
                .add("unrepairedMonths", p.unrepairedMonths())
                .add("faultRuleCombination", p.faultRuleCombination().name())
                .add("relocationWorkingDays", p.relocationWorkingDays())
                .add("relocationMonths", p.relocationMonths())
                .add("backboneLimits", backbone)
                .add("backboneMonths", p.backboneMonths())
                .add("reportDueDayOfMonth", p.reportDueDayOfMonth())
                .add("reportRatePerDayLate", p.reportRatePerDayLate())
                .add("illegalConnectionMonths", p.illegalConnectionMonths())
                .add("zone", p.zone().getId())
                .add("lineMonthBasis", p.lineMonthBasis().name())
                .add("illegalConnectionYearBasis", p.illegalConnectionYearBasis().name())
                .add("minimumMaintainers", p.minimumMaintainers())
                .add("operatorAcceptanceRequired", p.operatorAcceptanceRequired());
        if (p.operatorAcceptance() != null) {
            document.add("operatorAcceptance", Json.createObjectBuilder()
                    .add("acceptedBy", p.operatorAcceptance().acceptedBy())
                    .add("acceptedOn", p.operatorAcceptance().acceptedOn().toString())
                    .add("document", p.operatorAcceptance().document()));
        }
        return document.build();
    }

    private static JsonObject object(JsonObject document, String key) {
        JsonValue value = document.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidFieldException(key, "an object with arriveHours and repairHours is required");
        }
        return value.asJsonObject();
    }

    private static int positive(JsonObject object, String parent, String key) {
        String path = parent == null ? key : parent + "." + key;
        JsonValue value = object.get(key);
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.bigDecimalValue().signum() <= 0
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new InvalidFieldException(path, "a whole number greater than zero is required, was " + value);
        }
        return number.intValue();
    }

    private static BigDecimal positiveDecimal(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (!(value instanceof JsonNumber number) || number.bigDecimalValue().signum() <= 0) {
            throw new InvalidFieldException(key, "a number greater than zero is required, was " + value);
        }
        return number.bigDecimalValue();
    }

    private static <T> T choice(JsonObject object, String key, Map<String, T> choices) {
        JsonValue value = object.get(key);
        T chosen = value instanceof JsonString text ? choices.get(text.getString()) : null;
        if (chosen == null) {
            throw new InvalidFieldException(key, "one of " + choices.keySet().stream().sorted().toList()
                    + " is required, was " + value);
        }
        return chosen;
    }

    /**
     * 四、(二) 「扣款准则…签订相关协议」: a version that requires it is published only with the operator's
     * acceptance recorded (409 {@code parameters.operatorAcceptance}).
     */
    @Override
    public void requirePublishable(ExtranetSchemeParameters parameters) {
        if (parameters.operatorAcceptanceRequired() && parameters.operatorAcceptance() == null) {
            throw new ConflictException("parameters.operatorAcceptance", "the deduction rules are agreed and signed with the"
                    + " operator before use (扣款准则…签订相关协议): record operatorAcceptance {acceptedBy, acceptedOn, document}"
                    + " in the draft, then publish");
        }
    }

    private static boolean flag(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new InvalidFieldException(key, "true or false is required, was " + value);
        }
        return value == JsonValue.TRUE;
    }

    private static OperatorAcceptance acceptance(JsonObject document) {
        JsonValue value = document.get("operatorAcceptance");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidFieldException("operatorAcceptance", "an object with acceptedBy, acceptedOn and document is required");
        }
        JsonObject acceptance = value.asJsonObject();
        String by = text(acceptance, "acceptedBy");
        String reference = text(acceptance, "document");
        try {
            return new OperatorAcceptance(by, LocalDate.parse(text(acceptance, "acceptedOn")), reference);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("operatorAcceptance.acceptedOn", "a date such as 2025-12-20 is required");
        }
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw new InvalidFieldException("operatorAcceptance." + key, "a text is required, was " + value);
        }
        return text.getString().strip();
    }

    private static <E extends Enum<E>> Map<String, E> names(E[] values) {
        return Arrays.stream(values).collect(Collectors.toMap(Enum::name, v -> v));
    }

    private static ZoneId zone(JsonObject object) {
        JsonValue value = object.get("zone");
        if (value instanceof JsonString text && ZoneId.getAvailableZoneIds().contains(text.getString())) {
            return ZoneId.of(text.getString());
        }
        throw new InvalidFieldException("zone", "a region time-zone id such as Asia/Shanghai is required, was " + value);
    }
}
