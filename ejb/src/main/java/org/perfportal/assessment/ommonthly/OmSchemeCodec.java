package org.perfportal.assessment.ommonthly;

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
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.perfportal.payment.PaymentTerms;
import org.perfportal.scheme.SchemeCodec;
import org.perfportal.shared.InvalidFieldException;

/**
 * The Luohe monthly scheme document (漯河月度考核办法参数) as JSON: every number of 附件3/附件4.2
 * and every DOMAIN §2 <b>Default</b> of {@link OmSchemeParameters}, in units an administrator
 * reads — fault limits in minutes, vulnerability limits in hours, rates as shares (0.05 = 5%),
 * enum keys by name. Every key is required; a refusal names the JSON path
 * (e.g. {@code faultLimits.L2.restoreMinutes}, {@code gradeBands[1].feeDeductionRate}), and the
 * consistency checks of the parameter record (items adding up to their part, a band from 0) are
 * made here first so that they too name a path instead of failing as a bare exception.
 *
 * <pre>{@code
 * {"weights":{"satisfaction":30,"routineWork":30,"anomalyHandling":30,"documents":10},
 *  "satisfaction":{"itemCount":5,"itemPoints":6,"factors":{"SATISFIED":1.0,…}},
 *  "routineWork":{"visit":8,"inspectionEach":2,"inspectionMax":8,"backupEach":1,"backupMax":4,"scan":10},
 *  "faultLimits":{"L1":{"responseMinutes":10,"restoreMinutes":120,"deduction":10},…},
 *  "vulnerabilityLimits":{"CRITICAL":{"fixHours":24,"responseRequired":true,"deduction":10},…},
 *  "deductionRanges":{"ALERT_NOT_TRIAGED":{"min":1,"max":10},…},
 *  "gradeBands":[{"minScore":90.00,"grade":"EXCELLENT","feeDeductionRate":0.00,"rectificationReportRequired":false},…],
 *  "penaltyTariffs":{"SABOTAGE":{"minRate":1.00,"maxRate":1.00},"RECURRING_FAULT":{"amount":20000.00},…},
 *  "monthlyCapToFee":true,
 *  "paymentTerms":{"installmentCount":4,"monthsPerYear":12,"latePenaltyStepDays":5,"latePenaltyRatePerStep":0.01,
 *                  "latePenaltyCapShareOfTotal":0.20},
 *  "monthStartDay":10,"zone":"Asia/Shanghai","scoreScale":2}
 * }</pre>
 */
@ApplicationScoped
public class OmSchemeCodec implements SchemeCodec<OmSchemeParameters> {

    /** The scheme kind of the Luohe monthly O&amp;M assessment. */
    public static final String KIND = "om-monthly";

    private static final int MAX_SCORE_SCALE = 4;
    private static final int LAST_START_DAY = 28;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OmSchemeParameters decode(JsonObject document) {
        JsonObject weights = object(document, "weights", "weights");
        BigDecimal satisfactionPoints = nonNegative(weights, "weights", "satisfaction");
        BigDecimal routinePoints = nonNegative(weights, "weights", "routineWork");
        BigDecimal anomalyPoints = nonNegative(weights, "weights", "anomalyHandling");
        BigDecimal documentsPoints = nonNegative(weights, "weights", "documents");

        JsonObject satisfaction = object(document, "satisfaction", "satisfaction");
        int itemCount = whole(satisfaction, "satisfaction", "itemCount", 1, 100);
        BigDecimal itemPoints = nonNegative(satisfaction, "satisfaction", "itemPoints");
        if (itemPoints.multiply(BigDecimal.valueOf(itemCount)).compareTo(satisfactionPoints) != 0) {
            throw new InvalidFieldException("satisfaction.itemPoints", itemCount + " items × " + itemPoints.toPlainString()
                    + " must equal weights.satisfaction " + satisfactionPoints.toPlainString());
        }
        Map<SatisfactionLevel, BigDecimal> factors = byEnum(object(satisfaction, "factors", "satisfaction.factors"),
                "satisfaction.factors", SatisfactionLevel.class, (value, path) -> share(value, path));

        JsonObject routine = object(document, "routineWork", "routineWork");
        RoutineWorkPoints routineWork = new RoutineWorkPoints(nonNegative(routine, "routineWork", "visit"),
                nonNegative(routine, "routineWork", "inspectionEach"), nonNegative(routine, "routineWork", "inspectionMax"),
                nonNegative(routine, "routineWork", "backupEach"), nonNegative(routine, "routineWork", "backupMax"),
                nonNegative(routine, "routineWork", "scan"));
        BigDecimal routineSum = routineWork.visit().add(routineWork.inspectionMax()).add(routineWork.backupMax())
                .add(routineWork.scan());
        if (routineSum.compareTo(routinePoints) != 0) {
            throw new InvalidFieldException("routineWork", "visit + inspectionMax + backupMax + scan = "
                    + routineSum.toPlainString() + " must equal weights.routineWork " + routinePoints.toPlainString());
        }

        Map<FaultLevel, FaultLimit> faultLimits = byEnum(object(document, "faultLimits", "faultLimits"), "faultLimits",
                FaultLevel.class, (value, path) -> {
                    JsonObject limit = asObject(value, path);
                    return new FaultLimit(Duration.ofMinutes(whole(limit, path, "responseMinutes", 1, Integer.MAX_VALUE)),
                            Duration.ofMinutes(whole(limit, path, "restoreMinutes", 1, Integer.MAX_VALUE)),
                            nonNegative(limit, path, "deduction"));
                });
        Map<VulnerabilitySeverity, VulnerabilityLimit> vulnerabilityLimits = byEnum(
                object(document, "vulnerabilityLimits", "vulnerabilityLimits"), "vulnerabilityLimits",
                VulnerabilitySeverity.class, (value, path) -> {
                    JsonObject limit = asObject(value, path);
                    return new VulnerabilityLimit(Duration.ofHours(whole(limit, path, "fixHours", 1, Integer.MAX_VALUE)),
                            bool(limit, path, "responseRequired"), nonNegative(limit, path, "deduction"));
                });
        Map<DeductionKind, PointRange> deductionRanges = byEnum(object(document, "deductionRanges", "deductionRanges"),
                "deductionRanges", DeductionKind.class, (value, path) -> {
                    JsonObject range = asObject(value, path);
                    BigDecimal min = nonNegative(range, path, "min");
                    BigDecimal max = nonNegative(range, path, "max");
                    if (max.compareTo(min) < 0) {
                        throw new InvalidFieldException(path + ".max", "must not be below min " + min.toPlainString());
                    }
                    return new PointRange(min, max);
                });
        List<GradeBand> gradeBands = gradeBands(document);
        Map<PenaltyKind, PenaltyTariff> tariffs = byEnum(object(document, "penaltyTariffs", "penaltyTariffs"),
                "penaltyTariffs", PenaltyKind.class, OmSchemeCodec::tariff);

        JsonObject terms = object(document, "paymentTerms", "paymentTerms");
        int installmentCount = whole(terms, "paymentTerms", "installmentCount", 1, 12);
        int monthsPerYear = whole(terms, "paymentTerms", "monthsPerYear", 1, 120);
        if (monthsPerYear % installmentCount != 0) {
            throw new InvalidFieldException("paymentTerms.installmentCount", "must divide monthsPerYear " + monthsPerYear
                    + " evenly, was " + installmentCount);
        }
        PaymentTerms paymentTerms = new PaymentTerms(installmentCount, monthsPerYear,
                whole(terms, "paymentTerms", "latePenaltyStepDays", 1, 366),
                share(terms.get("latePenaltyRatePerStep"), "paymentTerms.latePenaltyRatePerStep"),
                share(terms.get("latePenaltyCapShareOfTotal"), "paymentTerms.latePenaltyCapShareOfTotal"));

        return new OmSchemeParameters(satisfactionPoints, routinePoints, anomalyPoints, documentsPoints,
                itemCount, itemPoints, factors, routineWork, faultLimits, vulnerabilityLimits, deductionRanges, gradeBands,
                tariffs, bool(document, null, "monthlyCapToFee"), paymentTerms,
                whole(document, null, "monthStartDay", 1, LAST_START_DAY), zone(document),
                whole(document, null, "scoreScale", 0, MAX_SCORE_SCALE));
    }

    @Override
    public JsonObject encode(OmSchemeParameters p) {
        JsonObjectBuilder factors = Json.createObjectBuilder();
        p.satisfactionFactors().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> factors.add(e.getKey().name(), e.getValue()));
        JsonObjectBuilder faults = Json.createObjectBuilder();
        p.faultLimits().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> faults.add(e.getKey().name(),
                Json.createObjectBuilder().add("responseMinutes", e.getValue().response().toMinutes())
                        .add("restoreMinutes", e.getValue().restore().toMinutes())
                        .add("deduction", e.getValue().deduction())));
        JsonObjectBuilder vulnerabilities = Json.createObjectBuilder();
        p.vulnerabilityLimits().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> vulnerabilities.add(
                e.getKey().name(), Json.createObjectBuilder().add("fixHours", e.getValue().fix().toHours())
                        .add("responseRequired", e.getValue().responseRequired())
                        .add("deduction", e.getValue().deduction())));
        JsonObjectBuilder ranges = Json.createObjectBuilder();
        p.deductionRanges().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> ranges.add(e.getKey().name(),
                Json.createObjectBuilder().add("min", e.getValue().min()).add("max", e.getValue().max())));
        JsonArrayBuilder bands = Json.createArrayBuilder();
        p.gradeBands().forEach(band -> bands.add(Json.createObjectBuilder().add("minScore", band.minScore())
                .add("grade", band.grade().name()).add("feeDeductionRate", band.feeDeductionRate())
                .add("rectificationReportRequired", band.rectificationReportRequired())));
        JsonObjectBuilder tariffs = Json.createObjectBuilder();
        p.penaltyTariffs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> tariffs.add(e.getKey().name(),
                e.getValue().isFixedAmount()
                        ? Json.createObjectBuilder().add("amount", e.getValue().fixedAmount())
                        : Json.createObjectBuilder().add("minRate", e.getValue().minRate()).add("maxRate", e.getValue().maxRate())));
        PaymentTerms terms = p.paymentTerms();
        return Json.createObjectBuilder()
                .add("weights", Json.createObjectBuilder().add("satisfaction", p.satisfactionPoints())
                        .add("routineWork", p.routinePoints()).add("anomalyHandling", p.anomalyPoints())
                        .add("documents", p.documentsPoints()))
                .add("satisfaction", Json.createObjectBuilder().add("itemCount", p.satisfactionItemCount())
                        .add("itemPoints", p.satisfactionItemPoints()).add("factors", factors))
                .add("routineWork", Json.createObjectBuilder().add("visit", p.routine().visit())
                        .add("inspectionEach", p.routine().inspectionEach()).add("inspectionMax", p.routine().inspectionMax())
                        .add("backupEach", p.routine().backupEach()).add("backupMax", p.routine().backupMax())
                        .add("scan", p.routine().scan()))
                .add("faultLimits", faults)
                .add("vulnerabilityLimits", vulnerabilities)
                .add("deductionRanges", ranges)
                .add("gradeBands", bands)
                .add("penaltyTariffs", tariffs)
                .add("monthlyCapToFee", p.monthlyCapToFee())
                .add("paymentTerms", Json.createObjectBuilder().add("installmentCount", terms.installmentCount())
                        .add("monthsPerYear", terms.monthsPerYear()).add("latePenaltyStepDays", terms.latePenaltyStepDays())
                        .add("latePenaltyRatePerStep", terms.latePenaltyRatePerStep())
                        .add("latePenaltyCapShareOfTotal", terms.latePenaltyCapShareOfTotal()))
                .add("monthStartDay", p.monthStartDay())
                .add("zone", p.zone().getId())
                .add("scoreScale", p.scoreScale())
                .build();
    }

    /** Bands in any order, distinct lower bounds, rates 0…1, the lowest band starting at 0 (every score has a grade). */
    private static List<GradeBand> gradeBands(JsonObject document) {
        JsonValue value = document.get("gradeBands");
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw new InvalidFieldException("gradeBands", "a non-empty array of bands is required, was " + value);
        }
        List<GradeBand> bands = new ArrayList<>();
        Set<BigDecimal> bounds = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "gradeBands[" + i + "]";
            JsonObject band = asObject(array.get(i), path);
            BigDecimal minScore = nonNegative(band, path, "minScore");
            if (!bounds.add(minScore.stripTrailingZeros())) {
                throw new InvalidFieldException(path + ".minScore", "another band already starts at " + minScore.toPlainString());
            }
            bands.add(new GradeBand(minScore, constant(band.get("grade"), path + ".grade", Grade.class),
                    share(band.get("feeDeductionRate"), path + ".feeDeductionRate"),
                    bool(band, path, "rectificationReportRequired")));
        }
        if (bands.stream().noneMatch(band -> band.minScore().signum() == 0)) {
            throw new InvalidFieldException("gradeBands", "the lowest band must start at 0 so that every score has a grade");
        }
        return bands;
    }

    private static PenaltyTariff tariff(JsonValue value, String path) {
        JsonObject tariff = asObject(value, path);
        if (tariff.containsKey("amount")) {
            if (tariff.containsKey("minRate") || tariff.containsKey("maxRate")) {
                throw new InvalidFieldException(path, "either an amount or minRate/maxRate, not both");
            }
            BigDecimal amount = nonNegative(tariff, path, "amount");
            if (amount.scale() > 2) {
                throw new InvalidFieldException(path + ".amount", "yuan with at most 2 decimals, was " + amount.toPlainString());
            }
            return new PenaltyTariff(amount, null, null);
        }
        BigDecimal min = share(tariff.get("minRate"), path + ".minRate");
        BigDecimal max = share(tariff.get("maxRate"), path + ".maxRate");
        if (max.compareTo(min) < 0) {
            throw new InvalidFieldException(path + ".maxRate", "must not be below minRate " + min.toPlainString());
        }
        return new PenaltyTariff(null, min, max);
    }

    /** One entry per constant of {@code keys}, no other key: a missing or unknown one is named. */
    private static <K extends Enum<K>, V> Map<K, V> byEnum(JsonObject object, String path, Class<K> keys,
                                                         BiFunction<JsonValue, String, V> read) {
        for (String key : object.keySet()) {
            constant(Json.createValue(key), path + "." + key, keys);
        }
        Map<K, V> map = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            String at = path + "." + key.name();
            JsonValue value = object.get(key.name());
            if (value == null) {
                throw new InvalidFieldException(at, "required");
            }
            map.put(key, read.apply(value, at));
        }
        return map;
    }

    private static <K extends Enum<K>> K constant(JsonValue value, String path, Class<K> type) {
        if (value instanceof JsonString text) {
            for (K constant : type.getEnumConstants()) {
                if (constant.name().equals(text.getString())) {
                    return constant;
                }
            }
        }
        throw new InvalidFieldException(path, "one of " + List.of(type.getEnumConstants()) + " is required, was " + value);
    }

    private static JsonObject object(JsonObject parent, String key, String path) {
        return asObject(parent.get(key), path);
    }

    private static JsonObject asObject(JsonValue value, String path) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidFieldException(path, "an object is required, was " + value);
        }
        return value.asJsonObject();
    }

    private static BigDecimal nonNegative(JsonObject object, String parent, String key) {
        String path = parent == null ? key : parent + "." + key;
        JsonValue value = object.get(key);
        if (!(value instanceof JsonNumber number) || number.bigDecimalValue().signum() < 0) {
            throw new InvalidFieldException(path, "a number not below zero is required, was " + value);
        }
        return number.bigDecimalValue();
    }

    /** A share between 0 and 1 inclusive (0.05 = 5%). */
    private static BigDecimal share(JsonValue value, String path) {
        if (!(value instanceof JsonNumber number) || number.bigDecimalValue().signum() < 0
                || number.bigDecimalValue().compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidFieldException(path, "a share from 0 to 1 is required (0.05 = 5%), was " + value);
        }
        return number.bigDecimalValue();
    }

    private static int whole(JsonObject object, String parent, String key, int min, int max) {
        String path = parent == null ? key : parent + "." + key;
        JsonValue value = object.get(key);
        if (!(value instanceof JsonNumber number) || !number.isIntegral()
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) < 0
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidFieldException(path, "a whole number from " + min + " to " + max + " is required, was " + value);
        }
        return number.intValue();
    }

    private static boolean bool(JsonObject object, String parent, String key) {
        String path = parent == null ? key : parent + "." + key;
        JsonValue value = object.get(key);
        if (value != null && value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new InvalidFieldException(path, "true or false is required, was " + value);
    }

    private static ZoneId zone(JsonObject object) {
        JsonValue value = object.get("zone");
        if (value instanceof JsonString text && ZoneId.getAvailableZoneIds().contains(text.getString())) {
            return ZoneId.of(text.getString());
        }
        throw new InvalidFieldException("zone", "a region time-zone id such as Asia/Shanghai is required, was " + value);
    }
}
