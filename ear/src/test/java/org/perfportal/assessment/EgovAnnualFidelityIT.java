package org.perfportal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/**
 * Issue 17, items 16 and 13, on the real stack with the seeded {@code pingliang-2025} scheme (seed 003,
 * 电子政务工作考核办法 四、考核方法): 「年底前，各县(区)、各单位…自评打分，形成自查报告，报考核小组。考核小组根据各单位自评、
 * 日常监测、专网应用通报、最佳子站评定、实地抽查情况，进行综合考评」 and 五、「考核结果将按分数进行名次排序」. A county that
 * never self-assessed for 2025 (its deadline, 2025-12-31, has passed at the IT clock 2026-11-23) is reviewed
 * by the group and appears in the ranking with a note. Only 2025's draft is read; nothing is published, so
 * the other classes' years are untouched.
 */
@PortalIT
class EgovAnnualFidelityIT {

    private static final String BASE = "/api/v1/tenants/pingliang";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String assessor = Api.token("pingliang", "assessor");

    /**
     * 静宁县 (a new county) never self-scored. The group reviews every county indicator of pingliang-2025 at
     * its weight (regular weights sum to 100), except YY-01 (weight 10) at 8 after 日常监测, and the bonus
     * indicators at 0: total 100 − 2 = 98.00. Every score needs a reason, there being no self-score; the sources
     * read back in the method's words; the draft ranking lists it with 未自评，由考核小组直接核定.
     */
    @Test
    void aCountyThatNeverSelfAssessedIsReviewedAndRankedWithANote() {
        long county = unit("静宁县-" + UUID.randomUUID().toString().substring(0, 8));
        String sheetPath = BASE + "/egov-annual/2025/units/" + county;
        JsonObject blank = ok(Api.get(sheetPath, assessor));

        JsonObject first = blank.getJsonArray("indicators").getJsonObject(0).asJsonObject();
        Api.Reply noReason = review(county, first.getString("code"), first.getJsonNumber("weight").toString(), null, 0);
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("indicators[" + first.getString("code") + "].reason", noReason.json().asJsonObject().getString("field"));

        for (JsonValue value : blank.getJsonArray("indicators")) {
            JsonObject line = value.asJsonObject();
            String code = line.getString("code");
            boolean bonus = line.getString("heading").equals("加分项");
            String score = code.equals("YY-01") ? "8" : bonus ? "0" : line.getJsonNumber("weight").toString();
            String reason = code.equals("YY-01") ? "日常监测：部门网站两月未更新" : "未自评，实地抽查核定";
            Api.Reply reviewed = review(county, code, score, reason, line.getJsonNumber("version").longValue());
            assertEquals(200, reviewed.status(), reviewed::toString);
        }

        JsonObject sheet = ok(Api.get(sheetPath, assessor));
        assertAmount("98.00", sheet.getJsonNumber("total"));
        JsonObject yy01 = sheet.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("code").equals("YY-01")).findFirst().orElseThrow();
        assertTrue(!yy01.containsKey("selfScore") || yy01.isNull("selfScore"), yy01::toString);
        assertEquals(List.of("日常监测", "专网应用通报"), yy01.getJsonArray("sourceLabels").getValuesAs(JsonString::getString));

        JsonObject ranking = ok(Api.get(BASE + "/egov-annual/2025/ranking", assessor));
        JsonObject row = ranking.getJsonArray("sets").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("category").equals("COUNTY_DISTRICT"))
                .flatMap(s -> s.getJsonArray("units").stream().map(JsonValue::asJsonObject))
                .filter(u -> u.getJsonNumber("unitId").longValue() == county).findFirst()
                .orElseThrow(() -> new AssertionError("静宁县 not ranked: " + ranking));
        assertAmount("98.00", row.getJsonNumber("total"));
        assertEquals("未自评，由考核小组直接核定", row.getString("note"));
        assertTrue(ranking.getJsonArray("pending").getValuesAs(JsonString::getString).stream().noneMatch(n -> n.startsWith("静宁县")),
                ranking::toString);
    }

    private Api.Reply review(long unit, String code, String score, String reason, long version) {
        return Api.put(BASE + "/egov-annual/2025/units/" + unit + "/indicators/" + code + "/review", assessor,
                "{\"reviewedScore\":" + score + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
                        + ",\"sources\":[\"DAILY_MONITORING\",\"NETWORK_USE_NOTICE\"],\"version\":" + version + "}");
    }

    private static long unit(String name) {
        Api.Reply created = Api.post(BASE + "/units", Api.token("pingliang", "tenant-admin"),
                "{\"name\":\"" + name + "\",\"kind\":\"COUNTY_DISTRICT\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }

    private static void assertAmount(String expected, jakarta.json.JsonNumber actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.bigDecimalValue()), () -> expected + " ≠ " + actual);
    }
}
