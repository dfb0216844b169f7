package org.perfportal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/**
 * The Pingliang annual assessment and the dedicated-network rent deductions (DOMAIN §4, seed 003)
 * through the API on the real stack, with the seeded published scheme {@code pingliang-2025}:
 * units (Keycloak users whose token carries {@code unit_id}) self-assess → hand in the self-check
 * report → the assessor reviews → the approver publishes → everyone reads the ranking and the
 * 排名表; a unit sees only its own detail; rent deductions at the edges of their ranges and the
 * quarterly settlement; bad input refused naming the field, with nothing stored.
 *
 * <p>Each test creates its own units (names made unique per run), so the tests do not depend on
 * each other or on their order. The annual flow runs in the current year (Asia/Shanghai), whose
 * self-assessment deadline (31 December) is still ahead; the year before is closed.
 */
@PortalIT
class EgovAnnualAssessmentIT {

    private static final String BASE = "/api/v1/tenants/pingliang";
    private static final int YEAR = Api.SERVER_CLOCK_START.atZone(ZoneId.of("Asia/Shanghai")).getYear();
    private static final String ANNUAL = BASE + "/egov-annual/" + YEAR;
    private static final String RENT = BASE + "/network-rent";
    private static final byte[] PDF = "%PDF-1.4\n% 自查报告\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String admin = Api.token("pingliang", "tenant-admin");
    private final String assessor = Api.token("pingliang", "assessor");
    private final String approver = Api.token("pingliang", "approver");
    private final String vendor = Api.token("pingliang", "vendor");
    private final String finance = Api.token("pingliang", "finance");

    /**
     * County set of pingliang-2025: regular weights 5+4+3+3 (组织机构) + 10+10+10 (应用效果) + 12+8 (资源共享)
     * + 8+6+6 (信息安全) + 5+5+5 (环境建设) = 100, bonus JF-01 3 + JF-02 3 = 6, cap 5. Every unit self-scores
     * full marks. Reviewed:
     * <ul>
     * <li>A: confirmed as self-scored → regular 100, bonus 6 capped at 5 → total 105.</li>
     * <li>B and D: YY-01 10 → 8, JF-02 3 → 1 → regular 98, bonus 4 → total 102; 信息安全 8+6+6 = 20.</li>
     * <li>C: AQ-01 8 → 6, JF-02 3 → 1 → regular 98, bonus 4 → total 102; 信息安全 6+6+6 = 18.</li>
     * </ul>
     * Ranking (tie-break: regular score, then 信息安全, then shared): A 1; B, C, D tie on 102 and on
     * regular 98; 信息安全 puts B and D (20) before C (18); B and D stay equal and share rank 2 → C is 4th
     * ("1, 2, 2, 4"). Department set (ZZ 8+7, YY 10+10+15, ZY 15, AQ 10+10, HJ 8+7 = 100): E confirmed,
     * bonus 6 capped → 105, rank 1.
     */
    @Test
    void unitsSelfAssessTheGroupReviewsTheApproverPublishesAndEveryoneReadsTheRanking() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long a = unit("崆峒区-" + run, "COUNTY_DISTRICT");
        long b = unit("泾川县-" + run, "COUNTY_DISTRICT");
        long c = unit("灵台县-" + run, "COUNTY_DISTRICT");
        long d = unit("崇信县-" + run, "COUNTY_DISTRICT");
        long e = unit("市财政局-" + run, "DEPARTMENT");
        String unitA = Api.unitUserToken("pingliang", "unit-a-" + run, a);
        String unitB = Api.unitUserToken("pingliang", "unit-b-" + run, b);
        String unitC = Api.unitUserToken("pingliang", "unit-c-" + run, c);
        String unitD = Api.unitUserToken("pingliang", "unit-d-" + run, d);
        String unitE = Api.unitUserToken("pingliang", "unit-e-" + run, e);

        // Bad self-assessment input, nothing stored: ZZ-01 weighs 5; XX-99 is no indicator; B's sheet is not A's;
        // the year before is closed (its deadline, 31 December, has passed).
        assertProblem(selfScore(unitA, a, "ZZ-01", "5.5", null), 400, "indicators[ZZ-01].selfScore");
        assertProblem(selfScore(unitA, a, "XX-99", "1", null), 400, "indicator");
        assertProblem(selfScore(unitA, b, "ZZ-01", "5", null), 403, "unitId");
        assertProblem(Api.put(BASE + "/egov-annual/" + (YEAR - 1) + "/units/" + a + "/indicators/ZZ-01/self-score", unitA,
                "{\"selfScore\":5}"), 409, "year");
        assertTrue(blank(line(sheet(unitA, a), "ZZ-01"), "selfScore"), "nothing stored");
        assertTrue(sheet(unitA, YEAR - 1, a).getJsonArray("indicators").stream()
                .allMatch(l -> blank(l.asJsonObject(), "selfScore")), "nothing stored for the closed year");

        // Evidence for an indicator: a PDF is kept; a text file declared as PDF is refused.
        Api.Reply evidence = Api.upload(ANNUAL + "/units/" + a + "/indicators/ZZ-01/evidence?name=" + enc("领导小组会议纪要.pdf"),
                unitA, "application/pdf", PDF);
        assertEquals(201, evidence.status(), evidence::toString);
        assertProblem(Api.upload(ANNUAL + "/units/" + a + "/indicators/ZZ-01/evidence?name=x.pdf", unitA, "application/pdf",
                "not a pdf".getBytes(StandardCharsets.UTF_8)), 400, "file");

        // The self-check report needs every indicator self-scored first.
        assertProblem(report(unitA, a), 409, "indicators");
        for (var unit : List.of(Map.entry(unitA, a), Map.entry(unitB, b), Map.entry(unitC, c), Map.entry(unitD, d), Map.entry(unitE, e))) {
            selfScoreFullMarks(unit.getKey(), unit.getValue());
            Api.Reply handedIn = report(unit.getKey(), unit.getValue());
            assertEquals(200, handedIn.status(), handedIn::toString);
        }
        JsonObject sheetA = sheet(unitA, a);
        assertFalse(blank(sheetA, "submittedAt"));
        assertEquals(2, sheetA.getJsonArray("files").size(), "the evidence and the self-check report");
        // Handed in: the self-assessment is closed.
        assertProblem(selfScore(unitA, a, "ZZ-01", "4", line(sheetA, "ZZ-01").getJsonNumber("version").longValue()), 409, "status");

        // A unit sees its own detail only; vendor and finance see no detail.
        assertProblem(Api.get(ANNUAL + "/units/" + b, unitA), 403, "unitId");
        assertEquals(403, Api.get(ANNUAL + "/units/" + a, finance).status());
        // Before publication only the staff see the (draft) ranking.
        assertProblem(Api.get(ANNUAL + "/ranking", unitA), 404, "year");

        // Review. A reviewed score that differs needs a reason; one above the weight is refused; nothing stored.
        JsonObject sheetB = sheet(assessor, b);
        long yy01 = line(sheetB, "YY-01").getJsonNumber("version").longValue();
        assertProblem(review(b, "YY-01", "8", null, yy01), 400, "indicators[YY-01].reason");
        assertProblem(review(b, "YY-01", "10.5", "多了", yy01), 400, "indicators[YY-01].reviewedScore");
        assertTrue(blank(line(sheet(assessor, b), "YY-01"), "reviewedScore"), "nothing stored");
        // A unit cannot review.
        assertEquals(403, Api.put(ANNUAL + "/units/" + a + "/indicators/ZZ-01/review", unitA,
                "{\"reviewedScore\":5,\"version\":1}").status());

        reviewAll(a, Map.of());
        reviewAll(b, Map.of("YY-01", "8", "JF-02", "1"));
        reviewAll(c, Map.of("AQ-01", "6", "JF-02", "1"));
        // D not yet reviewed: publishing is refused naming the units.
        assertProblem(Api.post(ANNUAL + "/ranking/publish", approver, "{}"), 409, "units");
        reviewAll(d, Map.of("YY-01", "8", "JF-02", "1"));
        reviewAll(e, Map.of());

        JsonObject reviewedB = sheet(unitB, b);
        assertFigure("98", reviewedB, "regular");
        assertFigure("4", reviewedB, "bonusCounted");
        assertFigure("102", reviewedB, "total");
        JsonObject yy01B = line(reviewedB, "YY-01");
        assertEquals("日常监测：部门网站更新不及时", yy01B.getString("reason"));
        assertEquals(List.of("DAILY_MONITORING", "SPOT_CHECK"), yy01B.getJsonArray("sources").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));

        // The staff's draft document says 草稿.
        assertTrue(pdfText(Api.download(ANNUAL + "/ranking/document", assessor)).contains("草稿"));
        assertEquals(403, Api.post(ANNUAL + "/ranking/publish", unitA, "{}").status());
        Api.Reply published = Api.post(ANNUAL + "/ranking/publish", approver, "{}");
        assertEquals(200, published.status(), published::toString);
        assertProblem(Api.post(ANNUAL + "/ranking/publish", approver, "{}"), 409, "year");
        assertProblem(review(a, "ZZ-01", "4", "晚了", line(sheet(assessor, a), "ZZ-01").getJsonNumber("version").longValue()), 409, "year");

        // Every role reads the published ranking.
        for (String reader : List.of(unitA, unitC, vendor, finance, admin, assessor, approver)) {
            JsonObject ranking = ok(Api.get(ANNUAL + "/ranking", reader));
            assertTrue(ranking.getBoolean("published"));
            assertEquals("pingliang-2025", ranking.getString("schemeVersion"));
            assertEquals("1:" + a + ":105 2:" + b + ":102 2:" + d + ":102 4:" + c + ":102", ranks(ranking, "COUNTY_DISTRICT", List.of(a, b, c, d)));
            assertEquals("1:" + e + ":105", ranks(ranking, "MUNICIPAL_DEPARTMENT", List.of(e)));
        }
        JsonObject countyA = rows(ok(Api.get(ANNUAL + "/ranking", unitA)), "COUNTY_DISTRICT").stream()
                .filter(r -> r.getJsonNumber("unitId").longValue() == a).findFirst().orElseThrow();
        assertFigure("100", countyA, "regular");
        assertFigure("5", countyA, "bonusCounted");

        // The 排名表 (DOMAIN §6 item 6) as a unit downloads it: published, so no 草稿.
        Api.Download pdf = Api.download(ANNUAL + "/ranking/document?format=pdf", unitA);
        assertEquals("application/pdf", pdf.contentType(), pdf::toString);
        String text = pdfText(pdf);
        for (String expected : List.of("平凉市电子政务工作考核排名表", "（" + YEAR + "年度）", "平凉市信息化工作办公室", "pingliang-2025",
                "生成时间", "县区考核排名", "市直部门考核排名", "崆峒区-" + run, "灵台县-" + run, "市财政局-" + run,
                "105.00", "102.00", "98.00", "4.00")) {
            assertTrue(text.contains(expected), "the 排名表 lacks " + expected + ":\n" + text);
        }
        assertFalse(text.contains("草稿"), text);
        Api.Download xlsx = Api.download(ANNUAL + "/ranking/document?format=xlsx", finance);
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertProblem(Api.get(ANNUAL + "/ranking/document?format=doc", finance), 400, "format");
    }

    /** The tenant admin edits the scheme as a new version; a set whose weights do not add up to 100 is refused. */
    @Test
    void theTenantAdminEditsTheSchemeAsANewVersion() {
        JsonArray schemes = Api.get(BASE + "/schemes", admin).json().asJsonArray();
        JsonObject current = schemes.stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("versionLabel").equals("pingliang-2025")).findFirst().orElseThrow();
        assertEquals("egov-annual", current.getString("kind"));
        assertEquals("PUBLISHED", current.getString("status"));
        JsonObject parameters = current.getJsonObject("parameters");
        String label = "pingliang-draft-" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject capped4 = Json.createPointer("/indicatorSets/COUNTY_DISTRICT/bonusCap").replace(parameters, Json.createValue(4));
        Api.Reply draft = Api.post(BASE + "/schemes", admin, scheme(label, capped4));
        assertEquals(201, draft.status(), draft::toString);
        assertEquals(4, draft.json().asJsonObject().getJsonObject("parameters").getJsonObject("indicatorSets")
                .getJsonObject("COUNTY_DISTRICT").getJsonNumber("bonusCap").intValue());
        // ZZ-01 5 → 6: the county's regular weights would add up to 101.
        JsonObject unbalanced = Json.createPointer("/indicatorSets/COUNTY_DISTRICT/indicators/0/weight").replace(parameters, Json.createValue(6));
        assertProblem(Api.post(BASE + "/schemes", admin, scheme(label + "x", unbalanced)), 400, "parameters.indicatorSets.COUNTY_DISTRICT.indicators");
    }

    /**
     * Rent 12,345.67 a month in 2025-Q2 → Σ rent 37,037.01. May: I1 missed arrival 5% = 617.2835, I2 missed arrival
     * 10% = 1,234.567; June: I3 network fault 10% = 1,234.567, I4 violation 30% = 3,703.701. Σ deductions
     * 6,790.1185 → 6,790.12; payable 37,037.01 − 6,790.1185 = 30,246.8915 → 30,246.89 (HALF_UP, last step).
     */
    @Test
    void rentDeductionsAtTheRangeEdgesAndTheQuarterlySettlement() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long a = unit("崆峒区专网-" + run, "COUNTY_DISTRICT");
        long b = unit("泾川县专网-" + run, "COUNTY_DISTRICT");
        String unitA = Api.unitUserToken("pingliang", "rent-a-" + run, a);
        for (String month : List.of("2025-04", "2025-05")) {
            assertEquals(200, Api.put(RENT + "/months/" + month, admin, "{\"rent\":12345.67}").status());
        }
        // Reported 09:00 in the city (1 h), urged 09:30, 10:00, 10:30, arrived 12:00: a missed arrival.
        String i1 = incident(assessor, a, "CITY", "2025-05-06T09:00:00+08:00", List.of("09:30", "10:00", "10:30"), "12:00");
        String i2 = incident(assessor, a, "CITY", "2025-05-20T09:00:00+08:00", List.of("09:30", "10:00", "10:30"), null);
        // Only two reminders: no missed-arrival deduction may be decided on it.
        String twice = incident(assessor, b, "CITY", "2025-05-21T09:00:00+08:00", List.of("09:30", "10:00"), "12:00");
        // A township incident reported by the unit itself (3 h limit, on time); not for another unit.
        String i3 = incident(unitA, a, "TOWNSHIP", "2025-06-03T08:00:00+08:00", List.of(), "10:30");
        String i4 = incident(assessor, a, "CITY", "2025-06-18T14:00:00+08:00", List.of(), "14:40");
        assertProblem(Api.post(RENT + "/incidents", unitA, incidentJson(b, "CITY", "2025-06-03T08:00:00+08:00", List.of(), null)), 403, "unitId");

        String missed = "NO_ARRIVAL_AFTER_REMINDERS";
        for (String outside : List.of("4.99", "10.01")) {
            assertProblem(deduct(i1, missed, outside, "督促三次未到"), 400, "percentage");
        }
        assertProblem(deduct(i1, missed, "5", " "), 400, "reason");
        assertProblem(deduct(twice, missed, "7", "只督促两次"), 400, "incidentId");
        assertEquals(201, deduct(i1, missed, "5", "督促三次，3小时后到达").status());
        assertEquals(201, deduct(i2, missed, "10", "督促三次，始终未到").status());
        for (String ground : List.of("FAULT_CAUSED_BY_NETWORK", "VIOLATION_CAUSING_SERIOUS_OR_REPEATED_FAULTS")) {
            for (String outside : List.of("9.99", "30.01")) {
                assertProblem(deduct(i3, ground, outside, "网络故障"), 400, "percentage");
            }
        }
        assertEquals(201, deduct(i3, "FAULT_CAUSED_BY_NETWORK", "10", "线路中断，网络原因").status());
        assertEquals(201, deduct(i4, "VIOLATION_CAUSING_SERIOUS_OR_REPEATED_FAULTS", "30", "违规操作致全区断网").status());
        assertEquals(403, Api.post(RENT + "/incidents/" + i4 + "/deductions", unitA,
                "{\"ground\":\"FAULT_CAUSED_BY_NETWORK\",\"percentage\":10,\"reason\":\"单位不能核减\"}").status());

        // Nothing stored by the refusals: May holds exactly the two accepted deductions.
        JsonArray may = Api.get(RENT + "/incidents?month=2025-05", finance).json().asJsonArray();
        List<String> decided = new ArrayList<>();
        may.forEach(i -> i.asJsonObject().getJsonArray("deductions").forEach(x -> decided.add(x.asJsonObject().getString("incident")
                + "@" + new BigDecimal(x.asJsonObject().getJsonNumber("percentage").toString()).stripTrailingZeros().toPlainString())));
        assertEquals(List.of(i1 + "@5", i2 + "@10"), decided);

        // June's rent is missing: the quarter cannot be settled yet.
        assertProblem(Api.get(RENT + "/settlements/2025-Q2", finance), 409, "months");
        assertEquals(200, Api.put(RENT + "/months/2025-06", admin, "{\"rent\":12345.67}").status());
        JsonObject settlement = ok(Api.get(RENT + "/settlements/2025-Q2", finance));
        assertFigure("37037.01", settlement, "rent");
        assertFigure("6790.12", settlement, "deductions");
        assertFigure("30246.89", settlement, "payable");
        assertEquals(4, settlement.getJsonArray("deductionLines").size());
        assertEquals(403, Api.get(RENT + "/settlements/2025-Q2", unitA).status());
        assertProblem(Api.get(RENT + "/settlements/2025-Q5", finance), 400, "quarter");
    }

    private long unit(String name, String kind) {
        Api.Reply created = Api.post(BASE + "/units", admin, "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static Api.Reply selfScore(String token, long unit, String code, String score, Long version) {
        return Api.put(ANNUAL + "/units/" + unit + "/indicators/" + code + "/self-score", token,
                "{\"selfScore\":" + score + ",\"note\":\"见佐证材料\"" + (version == null ? "" : ",\"version\":" + version) + "}");
    }

    private static void selfScoreFullMarks(String token, long unit) {
        for (JsonValue line : sheet(token, unit).getJsonArray("indicators")) {
            JsonObject indicator = line.asJsonObject();
            Long version = blank(indicator, "selfScore") ? null : indicator.getJsonNumber("version").longValue();
            Api.Reply scored = selfScore(token, unit, indicator.getString("code"), indicator.getJsonNumber("weight").toString(), version);
            assertEquals(200, scored.status(), scored::toString);
        }
    }

    private static Api.Reply report(String token, long unit) {
        return Api.upload(ANNUAL + "/units/" + unit + "/self-check-report?name=" + enc("自查报告.pdf"), token, "application/pdf", PDF);
    }

    private Api.Reply review(long unit, String code, String score, String reason, long version) {
        return Api.put(ANNUAL + "/units/" + unit + "/indicators/" + code + "/review", assessor, "{\"reviewedScore\":" + score
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + ",\"sources\":[\"SPOT_CHECK\",\"DAILY_MONITORING\"],\"version\":" + version + "}");
    }

    /** Reviews every indicator: the changed ones with a reason, the others confirmed as self-scored. */
    private void reviewAll(long unit, Map<String, String> changed) {
        for (JsonValue value : sheet(assessor, unit).getJsonArray("indicators")) {
            JsonObject line = value.asJsonObject();
            String code = line.getString("code");
            String score = changed.getOrDefault(code, line.getJsonNumber("selfScore").toString());
            Api.Reply reviewed = review(unit, code, score, changed.containsKey(code) ? "日常监测：部门网站更新不及时" : null,
                    line.getJsonNumber("version").longValue());
            assertEquals(200, reviewed.status(), reviewed::toString);
        }
    }

    private static JsonObject sheet(String token, long unit) {
        return sheet(token, YEAR, unit);
    }

    private static JsonObject sheet(String token, int year, long unit) {
        return ok(Api.get(BASE + "/egov-annual/" + year + "/units/" + unit, token));
    }

    /** A null value: JSON-B leaves the member out. */
    private static boolean blank(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static JsonObject line(JsonObject sheet, String code) {
        return sheet.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static List<JsonObject> rows(JsonObject ranking, String category) {
        return ranking.getJsonArray("sets").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("category").equals(category)).findFirst().orElseThrow()
                .getJsonArray("units").stream().map(JsonValue::asJsonObject).toList();
    }

    /** "rank:unit:total …" of this test's units, in the ranking's order (other tests' units left out). */
    private static String ranks(JsonObject ranking, String category, List<Long> units) {
        return rows(ranking, category).stream()
                .filter(row -> units.contains(row.getJsonNumber("unitId").longValue()))
                // Units sharing a rank are in no meaningful order: compare them by id.
                .sorted(java.util.Comparator.<JsonObject>comparingInt(row -> row.getInt("rank"))
                        .thenComparingLong(row -> row.getJsonNumber("unitId").longValue()))
                .map(row -> row.getInt("rank") + ":" + row.getJsonNumber("unitId").longValue() + ":"
                        + new BigDecimal(row.getJsonNumber("total").toString()).stripTrailingZeros().toPlainString())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String incidentJson(long unit, String location, String reportedAt, List<String> reminders, String arrived) {
        String day = reportedAt.substring(0, 11);
        StringBuilder json = new StringBuilder("{\"unitId\":" + unit + ",\"location\":\"" + location
                + "\",\"place\":\"机房\",\"call\":\"值班员致电10000号\",\"reportedAt\":\"" + reportedAt + "\",\"reminders\":[");
        for (int i = 0; i < reminders.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(day).append(reminders.get(i)).append(":00+08:00\"");
        }
        json.append(']');
        if (arrived != null) {
            json.append(",\"arrivedAt\":\"").append(day).append(arrived).append(":00+08:00\"");
        }
        return json.append('}').toString();
    }

    private static String incident(String token, long unit, String location, String reportedAt, List<String> reminders, String arrived) {
        Api.Reply created = Api.post(RENT + "/incidents", token, incidentJson(unit, location, reportedAt, reminders, arrived));
        assertEquals(201, created.status(), created::toString);
        return created.json().asJsonObject().getString("id");
    }

    private Api.Reply deduct(String incident, String ground, String percentage, String reason) {
        return Api.post(RENT + "/incidents/" + incident + "/deductions", assessor,
                "{\"ground\":\"" + ground + "\",\"percentage\":" + percentage + ",\"reason\":\"" + reason + "\"}");
    }

    private static String scheme(String label, JsonObject parameters) {
        return Json.createObjectBuilder().add("kind", "egov-annual").add("versionLabel", label)
                .add("effectiveFrom", "2030-01-01").add("parameters", parameters).build().toString();
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }

    private static void assertFigure(String expected, JsonObject object, String key) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(object.getJsonNumber(key).toString())),
                key + " in " + object);
    }

    private static String pdfText(Api.Download download) throws IOException {
        assertEquals(200, download.status(), download::toString);
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(field, reply.json().asJsonObject().getString("field"), reply::toString);
    }
}
