package org.perfportal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.Onboarding;
import org.perfportal.it.PortalIT;

/**
 * Issue 17, extranet half-year items 18, 10, 11 and 19 on the real stack, in a tenant onboarded for this
 * class (kind {@code extranet-half-year}, template scheme = ordos-2025), so that its lines and
 * contracts cannot change another class's 总网费.
 */
@PortalIT
class ExtranetFidelityIT {

    private static Tenant tenant;

    /** The operator's signature on a version's deduction rules (扣款准则协议). */
    private static final jakarta.json.JsonObject ACCEPTANCE = Json.createObjectBuilder().add("acceptedBy", "运营商甲 张伟")
            .add("acceptedOn", "2025-12-20").add("document", "扣款准则协议 EXT-XY-2026-01").build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    /**
     * Item 18: 「报告应于每半年次月5日前提交，超期未提交的，扣除上月总网费1%，每延迟1日扣1%」. Operator A's 2025
     * contract has A1 5,000.00 + A2 3,000.00 = 8,000.00 a month; operator B's contract has B1 6,000.00; A's 2026
     * contract has A3 8,000.00 from 2026-01-01 — 22,000.00 registered in all. The 2025-H2 report, due 2026-01-05,
     * comes on 01-08: 3 days × 1% × 8,000.00 (December 2025, contract A's lines) = 240.00, not 3% × 22,000.00 = 660.00;
     * settled against A's final payment 40,000.00 → 39,760.00. Retiring A2 from 2025-12-01 (an API call) leaves
     * December's 总网费 at 5,000.00: revision 2 is 3% × 5,000.00 = 150.00.
     */
    @Test
    void theReportPenaltyCountsTheContractsLinesInServiceInThePreviousMonth() {
        Tenant t = tenant();
        JsonObject book = Api.get(t.base + "/extranet/records", t.assessor).json().asJsonObject();
        // Every line registered: A1 + A2 + B1 + A3 = 22,000.00, and contract C's C1 + C2 = 1,500.00.
        assertAmount("23500.00", book.getJsonNumber("totalMonthlyFee"));
        JsonObject a2 = book.getJsonArray("lines").stream().map(JsonObject.class::cast)
                .filter(l -> l.getString("id").equals(t.a2)).findFirst().orElseThrow();
        assertEquals(t.contractA, a2.getJsonNumber("contractId").longValue(), a2::toString);
        assertEquals("2025-01-01", a2.getString("inServiceFrom"), "a line's first day defaults to its contract's");

        created(Api.post(t.base + "/extranet/reports", t.vendor, "{\"period\":\"2025-H2\",\"submittedOn\":\"2026-01-08\"}"));
        JsonObject first = computed(t, "2025-H2");
        assertAmount("240.00", first.getJsonNumber("total"));
        JsonObject report = first.getJsonArray("lines").getJsonObject(0);
        assertEquals("REPORT_LATE", report.getString("ruleCode"));
        assertTrue(report.getString("description").contains("上月（2025-12）总网费 8000.00 元"), report::toString);
        assertEquals(t.contractA, first.getJsonObject("settlement").getJsonNumber("contractId").longValue());
        assertAmount("39760.00", first.getJsonObject("settlement").getJsonNumber("netPayable"));

        // Retiring: from the version read, once, after the first day in service; an unknown line is 404.
        String retirement = t.base + "/extranet/lines/" + t.a2 + "/retirement";
        long version = t.a2Version;
        assertProblem(Api.post(retirement, t.assessor, "{\"retiredOn\":\"2024-12-31\",\"version\":" + version + "}"), 400, "retiredOn");
        assertProblem(Api.post(retirement, t.assessor, "{\"retiredOn\":\"2025-12-01\",\"version\":" + (version + 7) + "}"), 409, "version");
        assertProblem(Api.post(t.base + "/extranet/lines/NO-SUCH/retirement", t.assessor, "{\"retiredOn\":\"2025-12-01\",\"version\":1}"),
                404, "code");
        assertEquals(403, Api.post(retirement, t.vendor, "{\"retiredOn\":\"2025-12-01\",\"version\":" + version + "}").status());
        Api.Reply retired = Api.post(retirement, t.assessor, "{\"retiredOn\":\"2025-12-01\",\"version\":" + version + "}");
        assertEquals(200, retired.status(), retired::toString);
        assertProblem(Api.post(retirement, t.assessor, "{\"retiredOn\":\"2025-12-02\",\"version\":"
                + retired.json().asJsonObject().getJsonNumber("version") + "}"), 409, "retiredOn");

        JsonObject second = computed(t, "2025-H2");
        assertEquals(2, second.getInt("revision"));
        assertAmount("150.00", second.getJsonNumber("total"));
        assertAmount("240.00", Api.get(t.base + "/extranet/assessments/" + first.getJsonNumber("id"), t.assessor).json()
                .asJsonObject().getJsonNumber("total"));
    }

    /** A line of a contract starts inside the contract's service period; the contract must be the tenant's. */
    @Test
    void aLineNamesAContractOfTheTenantAndStartsInsideIt() {
        Tenant t = tenant();
        String before = Api.get(t.base + "/extranet/records", t.assessor).body();
        assertProblem(Api.post(t.base + "/extranet/lines", t.assessor, line("BAD-" + UUID.randomUUID().toString().substring(0, 8),
                t.unitA, "1000.00", t.contractA, "2026-03-01")), 400, "inServiceFrom");
        assertProblem(Api.post(t.base + "/extranet/lines", t.assessor, line("BAD-" + UUID.randomUUID().toString().substring(0, 8),
                t.unitA, "1000.00", 999_999_999L, null)), 400, "contractId");
        assertEquals(before, Api.get(t.base + "/extranet/records", t.assessor).body(), "nothing stored");
    }

    /**
     * Items 10 and 11 under the tenant's 2026 version ({@code illegalConnectionYearBasis}
     * CONTRACT_MONTHS_IN_YEAR, {@code minimumMaintainers} 3). 2026-H2 is contract C's (2026-07-01 …
     * 2027-06-30, the latest-starting one covering it). 三、(二) 「对责任单位（或责任人）按规扣除本年度网络租赁费用」:
     * unit U1's C1 1,000.00, leased July–December 2026 = 6 months → 6,000.00 charged to the operator (12 ×
     * 1,000.00 = 12,000.00 under the Default FIXED_MONTHS); unit U2's C2 500.00 → 6 × 500.00 = 3,000.00 charged to
     * the unit: 0.00 on the operator's sheet. The report of 2026-H2 is not yet due (2027-01-05). Total 6,000.00.
     */
    @Test
    void anIllegalConnectionIsChargedToWhoIsResponsibleForTheContractsMonthsOfTheYear() {
        Tenant t = tenant();
        assertProblem(Api.post(t.base + "/extranet/illegal-connections", t.assessor, "{\"responsibleUnitId\":" + t.unitC1
                + ",\"foundOn\":\"2026-09-10\",\"description\":\"私接无线路由器\"}"), 400, "chargedParty");
        String byOperator = created(Api.post(t.base + "/extranet/illegal-connections", t.assessor, "{\"responsibleUnitId\":" + t.unitC1
                + ",\"foundOn\":\"2026-09-10\",\"description\":\"运营商维护人员私接互联网\",\"chargedParty\":\"OPERATOR\"}"));
        String byUnit = created(Api.post(t.base + "/extranet/illegal-connections", t.assessor, "{\"responsibleUnitId\":" + t.unitC2
                + ",\"foundOn\":\"2026-09-12\",\"description\":\"单位人员私接无线路由器\",\"chargedParty\":\"RESPONSIBLE_UNIT\"}"));

        JsonObject result = computed(t, "2026-H2");
        assertEquals(t.contractC, result.getJsonObject("settlement").getJsonNumber("contractId").longValue());
        assertAmount("6000.00", result.getJsonNumber("total"));
        JsonArray lines = result.getJsonArray("lines");
        JsonObject operator = lineOf(lines, byOperator);
        assertAmount("6000.00", operator.getJsonNumber("amount"));
        assertTrue(operator.getString("description").contains("6 个月 × 1000.00 元 = 6000.00 元，由运营商承担"), operator::toString);
        JsonObject unit = lineOf(lines, byUnit);
        assertAmount("0.00", unit.getJsonNumber("amount"));
        assertTrue(unit.getString("description").contains("3000.00 元，由责任单位承担，不从运营商尾款扣除"), unit::toString);
    }

    /**
     * Item 11, 三、(一) 「确保至少两人专职负责电子政务外网运维」: two maintainers on duty meet the template
     * version's Default 2 on 2025-12-01, and fall short of the 2026 version's 3 on 2026-02-01.
     */
    @Test
    void theMinimumOfMaintainersIsTheSchemeInForce() {
        Tenant t = tenant();
        JsonObject december = Api.get(t.base + "/extranet/staffing?on=2025-12-01", t.assessor).json().asJsonObject();
        assertEquals(2, december.getInt("minimum"), december::toString);
        assertTrue(december.getBoolean("meetsMinimum"), december::toString);
        JsonObject february = Api.get(t.base + "/extranet/staffing?on=2026-02-01", t.assessor).json().asJsonObject();
        assertEquals(3, february.getInt("minimum"), february::toString);
        assertEquals(2, february.getJsonArray("onDuty").size());
        assertFalse(february.getBoolean("meetsMinimum"), february::toString);
    }

    /**
     * Item 19: a record of the future is 400 naming the field, in every book (the server clock stands at
     * 2026-11-23 10:00 in Beijing); nothing is stored.
     */
    @Test
    void recordsOfTheFutureAreRefusedNamingTheField() {
        Tenant t = tenant();
        String records = t.base + "/extranet/records";
        String before = Api.get(records, t.assessor).body();
        assertProblem(Api.post(t.base + "/extranet/faults", t.assessor, "{\"line\":\"" + t.a1 + "\",\"reported\":\"2099-03-02T09:00:00+08:00\"}"),
                400, "reported");
        assertProblem(Api.post(t.base + "/extranet/faults", t.assessor, "{\"line\":\"" + t.a1 + "\",\"reported\":\"2025-03-02T09:00:00+08:00\","
                + "\"arrived\":\"2025-03-02T10:00:00+08:00\",\"repaired\":\"2099-03-02T11:00:00+08:00\"}"), 400, "repaired");
        assertProblem(Api.post(t.base + "/extranet/reports", t.vendor, "{\"period\":\"2026-H2\",\"submittedOn\":\"2100-07-08\"}"),
                400, "submittedOn");
        assertProblem(Api.post(t.base + "/extranet/relocations", t.assessor, "{\"line\":\"" + t.a1
                + "\",\"moveFinished\":\"2026-11-24\"}"), 400, "moveFinished");
        assertProblem(Api.post(t.base + "/extranet/backbone-failures", t.assessor, "{\"reported\":\"2026-11-23T09:00:00+08:00\","
                + "\"responded\":\"2026-11-23T09:30:00+08:00\",\"restored\":\"2026-11-23T18:00:00+08:00\"}"), 400, "restored");
        assertProblem(Api.post(t.base + "/extranet/ad-hoc-findings", t.assessor,
                "{\"foundOn\":\"2027-01-01\",\"amount\":100.00,\"reason\":\"x\"}"), 400, "foundOn");
        assertProblem(Api.post(t.base + "/extranet/illegal-connections", t.assessor, "{\"responsibleUnitId\":" + t.unitA
                + ",\"foundOn\":\"2027-01-01\",\"description\":\"x\",\"chargedParty\":\"OPERATOR\"}"), 400, "foundOn");
        assertProblem(Api.post(t.base + "/extranet/staff-changes", t.vendor, "{\"changedOn\":\"2027-01-01\",\"description\":\"x\"}"),
                400, "changedOn");
        assertEquals(before, Api.get(records, t.assessor).body(), "nothing of the refused records is stored");
        String inspections = Api.get(t.base + "/extranet/inspection-reports", t.assessor).body();
        assertProblem(Api.post(t.base + "/extranet/inspection-reports", t.vendor,
                "{\"quarter\":\"2026-Q4\",\"submittedOn\":\"2027-01-03\",\"description\":\"巡检\"}"), 400, "submittedOn");
        assertEquals(inspections, Api.get(t.base + "/extranet/inspection-reports", t.assessor).body());

        // The dedicated-network book (Pingliang) keeps the same rule.
        String pingliang = "/api/v1/tenants/pingliang/network-rent/incidents";
        String assessor = Api.token("pingliang", "assessor");
        String incidents = Api.get(pingliang, assessor).body();
        Api.Reply unit = Api.post("/api/v1/tenants/pingliang/units", Api.token("pingliang", "tenant-admin"),
                "{\"name\":\"专网时间测试单位 " + UUID.randomUUID() + "\",\"kind\":\"DEPARTMENT\"}");
        assertEquals(201, unit.status(), unit::toString);
        long unitId = unit.json().asJsonObject().getJsonNumber("id").longValue();
        assertProblem(Api.post(pingliang, assessor, "{\"unitId\":" + unitId + ",\"location\":\"CITY\",\"place\":\"市政府机房\",\"reminders\":[],"
                + "\"reportedAt\":\"2099-01-01T09:00:00+08:00\"}"), 400, "reportedAt");
        assertProblem(Api.post(pingliang, assessor, "{\"unitId\":" + unitId + ",\"location\":\"CITY\",\"place\":\"市政府机房\",\"reminders\":[],"
                + "\"reportedAt\":\"2026-11-01T09:00:00+08:00\",\"arrivedAt\":\"2099-01-01T09:00:00+08:00\"}"), 400, "arrivedAt");
        assertEquals(incidents, Api.get(pingliang, assessor).body());
    }

    /**
     * Item 12, 四、(二) 「在制定扣款准则之前，需要与甲方进行充分沟通和协商，确保双方对于扣款准则有共识，并签订相关协议」: a
     * version of this kind is published only once the operator's acceptance (who, when, which agreement) is in
     * its document ({@code operatorAcceptanceRequired}, Default true); it then stays with the published version.
     */
    @Test
    void aVersionIsPublishedOnlyWithTheOperatorsAcceptance() {
        Tenant t = tenant();
        JsonObject template = Api.get(t.base + "/schemes", t.admin).json().asJsonArray().getJsonObject(0).getJsonObject("parameters");
        Api.Reply drafted = Api.post(t.base + "/schemes", t.admin, Json.createObjectBuilder().add("kind", "extranet-half-year")
                .add("versionLabel", "ext-2027").add("effectiveFrom", "2027-01-01").add("parameters", template).build().toString());
        assertEquals(201, drafted.status(), drafted::toString);
        JsonObject draft = drafted.json().asJsonObject();
        String scheme = t.base + "/schemes/" + draft.getJsonNumber("id");
        assertTrue(draft.getJsonObject("parameters").getBoolean("operatorAcceptanceRequired"), draft::toString);
        assertProblem(Api.post(scheme + "/publish", t.admin, "{\"version\":" + draft.getJsonNumber("version") + "}"), 409,
                "parameters.operatorAcceptance");
        assertEquals("DRAFT", Api.get(scheme, t.admin).json().asJsonObject().getString("status"));

        Api.Reply signed = Api.put(scheme, t.admin, Json.createObjectBuilder().add("kind", "extranet-half-year")
                .add("versionLabel", "ext-2027").add("effectiveFrom", "2027-01-01")
                .add("parameters", Json.createObjectBuilder(template).add("operatorAcceptance", ACCEPTANCE))
                .add("version", draft.getJsonNumber("version")).build().toString());
        assertEquals(200, signed.status(), signed::toString);
        Api.Reply published = Api.post(scheme + "/publish", t.admin, "{\"version\":" + signed.json().asJsonObject().getJsonNumber("version") + "}");
        assertEquals(200, published.status(), published::toString);
        JsonObject acceptance = published.json().asJsonObject().getJsonObject("parameters").getJsonObject("operatorAcceptance");
        assertEquals("运营商甲 张伟", acceptance.getString("acceptedBy"));
        assertEquals("2025-12-20", acceptance.getString("acceptedOn"));
        assertEquals("扣款准则协议 EXT-XY-2026-01", acceptance.getString("document"));
    }

    /** The onboarded tenant and its book, built once for the class (tests only read what they add). */
    private static synchronized Tenant tenant() {
        if (tenant == null) {
            tenant = new Tenant("ext" + UUID.randomUUID().toString().replace("-", "").substring(0, 8));
        }
        return tenant;
    }

    /** What {@link #tenant()} registers: the contracts, the lines (codes and using units), the scheme versions, the staff. */
    private static final class Tenant {
        final String base;
        final String admin;
        final String assessor;
        final String vendor;
        final long contractA;
        final long contractC;
        final String unitA;
        final String unitC1;
        final String unitC2;
        final String a1;
        final String a2;
        final long a2Version;

        Tenant(String id) {
            assertEquals(201, Onboarding.onboard(id, "外网考核测试旗 " + id, "extranet-half-year").status());
            Onboarding.addScriptClient(id);
            admin = Onboarding.firstSignIn(id, "admin", "Ext-Admin-2026!");
            assessor = Onboarding.createUser(id, admin, "assessor", "assessor", "Ext-Assessor-2026!");
            vendor = Onboarding.createUser(id, admin, "vendor", "vendor", "Ext-Vendor-2026!");
            base = "/api/v1/tenants/" + id;

            // The 2026 version: the template's numbers with the readings of issue 17 named.
            JsonObject template = Api.get(base + "/schemes", admin).json().asJsonArray().getJsonObject(0).getJsonObject("parameters");
            JsonObject revised = Json.createObjectBuilder(template).add("illegalConnectionYearBasis", "CONTRACT_MONTHS_IN_YEAR")
                    .add("minimumMaintainers", 3).add("operatorAcceptance", ACCEPTANCE).build();
            Api.Reply draft = Api.post(base + "/schemes", admin, Json.createObjectBuilder().add("kind", "extranet-half-year")
                    .add("versionLabel", "ext-2026").add("effectiveFrom", "2026-01-01").add("parameters", revised).build().toString());
            assertEquals(201, draft.status(), draft::toString);
            Api.Reply published = Api.post(base + "/schemes/" + draft.json().asJsonObject().getJsonNumber("id") + "/publish", admin,
                    "{\"version\":" + draft.json().asJsonObject().getJsonNumber("version") + "}");
            assertEquals(200, published.status(), published::toString);

            String vendorB = vendorId("运营商乙");
            String vendorA = vendorId("运营商甲");
            long contractB = contract(vendorB, "2025-01-01", "2025-12-31", "30000.00");
            contractA = contract(vendorA, "2025-01-01", "2025-12-31", "40000.00");
            long contractA2026 = contract(vendorA, "2026-01-01", "2026-12-31", "40000.00");
            contractC = contract(vendorA, "2026-07-01", "2027-06-30", "20000.00");
            unitA = unitId("旗政府办");
            String unitB = unitId("棋盘井镇");
            unitC1 = unitId("乌兰镇");
            unitC2 = unitId("苏米图嘎查");
            a1 = created(Api.post(base + "/extranet/lines", assessor, line("A1", unitA, "5000.00", contractA, null)));
            Api.Reply a2Created = Api.post(base + "/extranet/lines", assessor, line("A2", unitA, "3000.00", contractA, null));
            a2 = created(a2Created);
            a2Version = a2Created.json().asJsonObject().getJsonNumber("version").longValue();
            created(Api.post(base + "/extranet/lines", assessor, line("B1", unitB, "6000.00", contractB, null)));
            created(Api.post(base + "/extranet/lines", assessor, line("A3", unitA, "8000.00", contractA2026, null)));
            // Contract C (2026-H2 and on): C1 1,000.00 of 乌兰镇, C2 500.00 of 苏米图嘎查.
            created(Api.post(base + "/extranet/lines", assessor, line("C1", unitC1, "1000.00", contractC, null)));
            created(Api.post(base + "/extranet/lines", assessor, line("C2", unitC2, "500.00", contractC, null)));

            for (String name : List.of("王强", "李娜")) {
                created(Api.post(base + "/extranet/maintainers", vendor, "{\"name\":\"" + name + "\",\"appointedOn\":\"2025-01-01\"}"));
            }
        }

        private String vendorId(String name) {
            Api.Reply reply = Api.post(base + "/vendors", admin, "{\"name\":\"" + name + "\"}");
            assertEquals(201, reply.status(), reply::toString);
            return String.valueOf(reply.json().asJsonObject().getJsonNumber("id").longValue());
        }

        private long contract(String vendorId, String start, String end, String finalPayment) {
            Api.Reply reply = Api.post(base + "/extranet/contracts", admin, "{\"vendorId\":" + vendorId
                    + ",\"name\":\"电子政务外网支撑保障服务合同\",\"number\":\"EXT-" + UUID.randomUUID() + "\",\"servicePeriod\":{\"start\":\""
                    + start + "\",\"end\":\"" + end + "\"},\"finalPayment\":" + finalPayment + "}");
            assertEquals(201, reply.status(), reply::toString);
            return reply.json().asJsonObject().getJsonNumber("id").longValue();
        }

        private String unitId(String name) {
            Api.Reply reply = Api.post(base + "/units", admin, "{\"name\":\"" + name + "\",\"kind\":\"DEPARTMENT\"}");
            assertEquals(201, reply.status(), reply::toString);
            return String.valueOf(reply.json().asJsonObject().getJsonNumber("id").longValue());
        }
    }

    private static String line(String code, String unitId, String fee, long contractId, String inServiceFrom) {
        return "{\"code\":\"" + code + "\",\"usingUnitId\":" + unitId + ",\"location\":\"SUMU_TOWN\",\"bandwidth\":\"100M\","
                + "\"monthlyFee\":" + fee + ",\"contractId\":" + contractId
                + (inServiceFrom == null ? "" : ",\"inServiceFrom\":\"" + inServiceFrom + "\"") + "}";
    }

    private static JsonObject computed(Tenant t, String period) {
        Api.Reply reply = Api.post(t.base + "/extranet/assessments", t.assessor, "{\"period\":\"" + period + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }

    private static JsonObject lineOf(JsonArray lines, String recordId) {
        return lines.stream().map(JsonObject.class::cast).filter(l -> l.getJsonArray("recordIds").getString(0).equals(recordId))
                .findFirst().orElseThrow(() -> new AssertionError(recordId + " not on " + lines));
    }

    private static String created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject().getString("id");
    }

    private static void assertAmount(String expected, JsonNumber actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.bigDecimalValue()), () -> expected + " ≠ " + actual);
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(field, reply.json().asJsonObject().getString("field"), reply::toString);
    }
}
