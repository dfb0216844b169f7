package org.perfportal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.it.OmContracts.UNITS;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;
import org.perfportal.it.OmContracts;
import org.perfportal.it.OmContracts.Contract;

/**
 * The Luohe monthly assessment (月度考核) and the payment schedule (付款计划) through the API on the real
 * stack, demo data off: each test registers its own B 包-like contract (11,625,000.00, 2026-06-10 …
 * 2027-06-09, four installments) with the 10 using units of 附件1 and 15 items, computes with the seeded
 * published scheme {@code luohe-2025}, and checks the figures derived by hand in the comments.
 *
 * <p>The items (systems = hardware-and-system items, 附件3 四):
 * 市农机中心 1 line + 1 system, 市农业农村局 2 systems, 市科技局 1 line, 市政协 1 system,
 * 市自然资源和规划局 2 systems + 1 line, 市畜牧局 1 line, 市水利局 1 system, 市司法局 1 system,
 * 市审信局 1 line, 市气象局 1 system — 9 systems over 7 units; 3 units have line leases only.
 */
@PortalIT
class OmMonthIT {

    private static final String BASE = "/api/v1/tenants/luohe";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String admin = Api.token("luohe", "tenant-admin");
    private final String assessor = Api.token("luohe", "assessor");
    private final String approver = Api.token("luohe", "approver");
    private final String vendor = Api.token("luohe", "vendor");
    private final String finance = Api.token("luohe", "finance");

    /**
     * Installment 1 (2026-06-10 … 09-09) with no records entered: every month computed from the rules' defaults.
     * A unit with systems and no work: 30 (no form: 视为满意) + 0 (no routine work) + 30 (no anomaly) + 10 (empty
     * catalogue) = 70; a line-lease-only unit: 30 + 30 (满分, 附件3 五(二)) + 30 + 10 = 100.
     * June (first contract month, nothing to compare): mean (7 × 70 + 3 × 100) / 10 = 790 / 10 = 79.00 → 一般,
     * 20% × 968,750.00 = 193,750.00.
     * July and August: each of the 9 systems went June and July (July and August) without any routine work →
     * 9 detected 日常工作开展不力 items × 5 = 45 points off the mean: 79 − 45 = 34.00 → 较差, 100% = 968,750.00.
     */
    @Test
    void theFirstInstallmentIsComputedTakenThroughItsLifecycleAndScheduled() throws Exception {
        Contract c = contract();

        JsonObject june = computed(c, "2026-06");
        assertEquals("DRAFT", june.getString("status"));
        assertEquals(1, june.getInt("revision"));
        assertEquals(seededSchemeId(), june.getJsonNumber("schemeId").longValue());
        assertAmount("79.00", june.getJsonNumber("score"));
        assertEquals("FAIR", june.getString("grade"));
        assertEquals("一般", june.getString("gradeLabel"));
        assertTrue(june.getBoolean("rectificationReportRequired"));
        assertAmount("968750.00", june.getJsonObject("monthlyFee").getJsonNumber("value"));
        assertAmount("193750.00", june.getJsonObject("gradeDeduction").getJsonNumber("value"));
        assertAmount("193750.00", june.getJsonObject("moneyDeducted").getJsonNumber("value"));
        assertEquals("壹拾玖万叁仟柒佰伍拾元整", june.getJsonObject("moneyDeducted").getString("capitals"));
        JsonArray units = june.getJsonArray("units");
        assertEquals(10, units.size());
        JsonObject science = unit(units, c.units().get("市科技局"));
        assertEquals("市科技局 " + c.tag(), science.getString("unitName"));
        assertAmount("100.00", science.getJsonNumber("total"));
        assertAmount("30.00", science.getJsonNumber("routineWork"));
        assertAmount("70.00", unit(units, c.units().get("市政协")).getJsonNumber("total"));
        // The unit's lines carry its id; the mean line is the vendor's.
        JsonArray lines = june.getJsonArray("lines");
        assertTrue(lines.stream().map(JsonValue::asJsonObject).anyMatch(l -> String.valueOf(c.units().get("市政协")).equals(
                l.getString("unitId", null)) && l.getString("ruleCode").equals("ROUTINE-VISIT")), lines::toString);
        JsonObject mean = lines.stream().map(JsonValue::asJsonObject).filter(l -> l.getString("ruleCode").equals("VENDOR-MEAN"))
                .findFirst().orElseThrow();
        assertTrue(absent(mean, "unitId"));
        assertAmount("79.00", mean.getJsonNumber("amount"));

        // Lifecycle: only the approver approves; the vendor disputes with a reason; the approved result stays in force.
        String juneId = c.assessments() + "/" + june.getJsonNumber("id").longValue();
        assertEquals(403, Api.post(c.assessments(), vendor, "{\"month\":\"2026-06\"}").status());
        assertProblem(Api.post(juneId + "/approve", approver, version(june)), 409, "status");
        // DOMAIN §1: the vendor sees a result once it is approved; a draft or submitted one does not exist for it.
        assertProblem(Api.get(juneId, vendor), 404, "id");
        assertProblem(Api.get(juneId + "/document", vendor), 404, "id");
        assertTrue(ids(Api.get(c.assessments() + "?month=2026-06", vendor)).isEmpty());
        assertEquals(List.of(june.getJsonNumber("id").longValue()), ids(Api.get(c.assessments() + "?month=2026-06", finance)));
        JsonObject submitted = moved(Api.post(juneId + "/submit", assessor, version(june)), "SUBMITTED");
        assertProblem(Api.post(juneId + "/submit", assessor, version(june)), 409, "version");
        assertProblem(Api.get(juneId, vendor), 404, "id");
        assertProblem(Api.post(juneId + "/dispute", vendor, "{\"reason\":\"x\",\"version\":"
                + submitted.getJsonNumber("version") + "}"), 404, "id");
        assertEquals(403, Api.post(juneId + "/approve", assessor, version(submitted)).status());
        JsonObject approved = moved(Api.post(juneId + "/approve", approver, version(submitted)), "APPROVED");
        assertEquals("APPROVED", Api.get(juneId, vendor).json().asJsonObject().getString("status"));
        assertEquals(List.of(june.getJsonNumber("id").longValue()), ids(Api.get(c.assessments() + "?month=2026-06", vendor)));
        assertTrue(approved.getBoolean("inForce"));
        assertFalse(absent(approved, "approvedAt"));
        assertProblem(Api.put(juneId, assessor, "{\"remark\":\"改\",\"version\":" + approved.getJsonNumber("version") + "}"),
                409, "status");
        assertProblem(Api.post(juneId + "/dispute", vendor, "{\"version\":" + approved.getJsonNumber("version") + "}"),
                400, "reason");
        JsonObject disputed = moved(Api.post(juneId + "/dispute", vendor, "{\"reason\":\"6月无运维事故，申请复核一般等级\",\"version\":"
                + approved.getJsonNumber("version") + "}"), "DISPUTED");
        assertEquals("6月无运维事故，申请复核一般等级", disputed.getString("disputeReason"));
        JsonObject inForce = Api.get(c.assessments() + "/in-force?month=2026-06", finance).json().asJsonObject();
        assertEquals(june.getJsonNumber("id"), inForce.getJsonNumber("id"));
        assertAmount("193750.00", inForce.getJsonObject("moneyDeducted").getJsonNumber("value"));
        moved(Api.post(juneId + "/finalize", approver, version(disputed)), "FINAL");

        // Recompute = revision 2 as a draft; revision 1 stays final and in force.
        JsonObject juneAgain = computed(c, "2026-06");
        assertEquals(2, juneAgain.getInt("revision"));
        assertFalse(juneAgain.getBoolean("inForce"));
        assertEquals("FINAL", Api.get(juneId, approver).json().asJsonObject().getString("status"));

        // Concurrent computations of one month: each answer 201 or 409 naming period, never a 500.
        List<Api.Reply> raced = race(4, () -> Api.post(c.assessments(), assessor, "{\"month\":\"2026-07\"}"));
        assertTrue(raced.stream().anyMatch(r -> r.status() == 201), raced::toString);
        for (Api.Reply reply : raced) {
            assertTrue(reply.status() == 201 || reply.status() == 409 && "period".equals(reply.json().asJsonObject()
                    .getString("field")), reply::toString);
        }
        JsonArray july = Api.get(c.assessments() + "?month=2026-07", assessor).json().asJsonArray();
        assertEquals(raced.stream().filter(r -> r.status() == 201).count(), july.size());
        JsonObject julyResult = july.getJsonObject(0);
        assertAmount("34.00", julyResult.getJsonNumber("score"));
        assertEquals("POOR", julyResult.getString("grade"));
        assertEquals(9, julyResult.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("ruleCode").equals("VENDOR-DEDUCTION-CONSECUTIVE_NEGLECT")).count());
        assertAmount("968750.00", julyResult.getJsonObject("moneyDeducted").getJsonNumber("value"));
        approve(c, julyResult);
        approve(c, computed(c, "2026-08"));

        // The schedule: 193,750.00 + 968,750.00 + 968,750.00 = 2,131,250.00 deducted;
        // net 2,906,250.00 − 2,131,250.00 = 775,000.00.
        assertEquals(403, Api.get(c.schedule(), vendor).status());
        JsonObject first = Api.get(c.schedule(), finance).json().asJsonObject().getJsonArray("installments").getJsonObject(0);
        assertAmount("2906250.00", first.getJsonObject("amount").getJsonNumber("value"));
        assertEquals("贰佰玖拾万陆仟贰佰伍拾元整", first.getJsonObject("amount").getString("capitals"));
        JsonArray months = first.getJsonArray("months");
        assertEquals("2026-06", months.getJsonObject(0).getString("month"));
        assertEquals("FAIR", months.getJsonObject(0).getString("grade"));
        assertAmount("0.20", months.getJsonObject(0).getJsonNumber("deductionRate"));
        assertEquals("POOR", months.getJsonObject(2).getString("grade"));
        assertAmount("2131250.00", first.getJsonObject("deducted").getJsonNumber("value"));
        assertAmount("775000.00", first.getJsonObject("netPayable").getJsonNumber("value"));
        assertEquals("柒拾柒万伍仟元整", first.getJsonObject("netPayable").getString("capitals"));
        assertFalse(first.getBoolean("provisional"));
        // Approved today (2026-11-23 on the server's clock, Api.SERVER_CLOCK_START): 30 working days run past 2026-12-31 into 2027,
        // whose calendar is not published: the schedule says so instead of failing (the National Day count of an
        // approval in September is PaymentScheduleTest's).
        assertTrue(absent(first, "dueOn"), first::toString);
        assertTrue(first.getJsonArray("notes").getValuesAs(jakarta.json.JsonString::getString).stream()
                .anyMatch(n -> n.startsWith("2027 年节假日安排尚未公布")), first::toString);
        // Installment 2 has no month assessed.
        JsonObject second = Api.get(c.schedule(), finance).json().asJsonObject().getJsonArray("installments").getJsonObject(1);
        assertFalse(second.getJsonArray("months").getJsonObject(0).getBoolean("assessed"));
        assertTrue(second.getBoolean("provisional"));
    }

    /**
     * One full contract month, 2026-10 (10-10T00:00+08 … 11-10T00:00+08), for all 10 units, the records entered by
     * the roles that own them through the record book's API; figures by hand (附件4.2, luohe-2025):
     * <pre>
     * 市农机中心 (system #2): form 满意,满意,基本满意,满意,一般 = 6+6+4.8+6+3.6 = 26.4; full routine 30; anomaly 30; docs 10 → 96.4
     * 市农业农村局 (#3, #4): no form 30; visit 8 + 4 inspections 8 + backups (4 + 2) / 2 = 3 + scans (10 + 0) / 2 = 5
     *                    = 24; anomaly 30; docs 10 → 94
     * 市科技局 (line only): 30 + 30 + 30 + 10 → 100
     * 市政协 (#6): L1 fault 10-20 09:00, responded 09:05, restored 12:00 (> 2 h) → 30 − 10 = 20; others full → 90
     * 市自然资源和规划局 (#7, #8, line): full routine on both systems 30; catalogue of #7 two documents, one archived
     *                    → 10 × 1 / 2 = 5; → 30 + 30 + 30 + 5 = 95
     * 市畜牧局, 市审信局 (lines only) → 100 each
     * 市水利局 (#11): high vulnerability found 10-12 10:00, fixed 10-25 (> 7 d; deadline 10-19 in the month) → 25 → 95
     * 市司法局 (#12), 市气象局 (#14 + line): full → 100 each
     * mean (96.4 + 94 + 100 + 90 + 95 + 100 + 95 + 100 + 100 + 100) / 10 = 970.4 / 10 = 97.04
     * deduction items off the mean (说明2): 有责投诉 3 (市审信局) + system #4 never scanned in 2026-09 nor 2026-10
     *                    (日常工作开展不力, detected) 5 → 97.04 − 8 = 89.04 → 良好
     * money: 5% × 968,750.00 = 48,437.50 + 驻场人员未到岗 20,000.00 = 68,437.50 (陆万捌仟肆佰叁拾柒元伍角整)
     * </pre>
     */
    @Test
    void aFullMonthForTenUnitsThroughTheRecordBook() {
        Contract c = contract();
        String luohe = BASE + "/om-monthly";
        long contract = c.id();
        // Full routine work for every unit with systems: a visit, four inspections (unit-wide), four backups and a
        // scan per system — except 市农业农村局's system #4: two backups and no scan.
        int[][] systemsByUnit = {{2}, {3, 4}, {}, {6}, {7, 8}, {}, {11}, {12}, {}, {14}};
        for (int u = 0; u < UNITS.length; u++) {
            if (systemsByUnit[u].length == 0) {
                continue;
            }
            long unitId = c.unit(u);
            created(Api.post(luohe + "/visits", vendor, work(contract, unitId, null, "2026-10-15T10:00:00+08:00", null)));
            for (int day = 12; day <= 30; day += 6) {
                created(Api.post(luohe + "/inspections", vendor, work(contract, unitId, null, "2026-10-" + day + "T17:00:00+08:00", null)));
            }
            for (int system : systemsByUnit[u]) {
                long item = c.items().get(system);
                int backups = system == 4 ? 2 : 4;
                for (int b = 0; b < backups; b++) {
                    created(Api.post(luohe + "/backups", vendor, work(contract, unitId, item, "2026-10-1" + b + "T02:00:00+08:00",
                            "/backup/" + system + "/" + b + ".dump")));
                }
                if (system != 4) {
                    created(Api.post(luohe + "/scans", vendor, work(contract, unitId, item, "2026-10-25T14:00:00+08:00", null)));
                }
            }
        }
        JsonObject outage = created(Api.post(luohe + "/faults", vendor, "{\"contractId\":" + contract + ",\"itemId\":" + c.items().get(6)
                + ",\"level\":1,\"description\":\"智慧政协平台宕机\",\"reported\":\"2026-10-20T09:00:00+08:00\","
                + "\"responded\":\"2026-10-20T09:05:00+08:00\",\"restored\":\"2026-10-20T12:00:00+08:00\"}"));
        created(Api.post(luohe + "/vulnerabilities", vendor, "{\"contractId\":" + contract + ",\"itemId\":" + c.items().get(11)
                + ",\"severity\":\"HIGH\",\"description\":\"Struts2 远程代码执行\",\"found\":\"2026-10-12T10:00:00+08:00\","
                + "\"responded\":\"2026-10-12T11:00:00+08:00\",\"fixed\":\"2026-10-25T10:00:00+08:00\"}"));
        String monthly = created(Api.post(luohe + "/catalogue", assessor, "{\"contractId\":" + contract + ",\"itemId\":"
                + c.items().get(7) + ",\"title\":\"运维工作月报\"}")).getString("id");
        created(Api.post(luohe + "/catalogue", assessor, "{\"contractId\":" + contract + ",\"itemId\":" + c.items().get(7)
                + ",\"title\":\"巡检留痕记录\"}"));
        created(Api.post(luohe + "/documents", vendor, "{\"entry\":\"" + monthly + "\",\"month\":\"2026-10\","
                + "\"archivedAt\":\"2026-11-06T10:00:00+08:00\",\"reference\":\"月报.pdf\"}"));
        created(Api.post(luohe + "/satisfaction-forms", Api.unitUserToken("luohe", c.unit(0)), form(contract, c.unit(0),
                "\"SATISFIED\",\"SATISFIED\",\"BASICALLY_SATISFIED\",\"SATISFIED\",\"AVERAGE\"")));
        String deduction = created(Api.post(luohe + "/deductions", assessor, "{\"contractId\":" + contract + ",\"month\":\"2026-10\","
                + "\"kind\":\"RESPONSIBLE_COMPLAINT\",\"points\":3,\"reason\":\"有责投诉：专线中断未及时告知\","
                + "\"evidence\":\"投诉记录 2026-10-21\",\"unitId\":" + c.unit(8) + "}")).getString("id");
        created(Api.post(luohe + "/penalties", assessor, "{\"contractId\":" + contract + ",\"month\":\"2026-10\","
                + "\"kind\":\"ONSITE_STAFF_ABSENT\",\"amount\":20000.00,\"reason\":\"驻场人员 10-28 未到岗\","
                + "\"evidence\":\"考勤表\"}"));

        JsonObject october = computed(c, "2026-10");
        JsonArray units = october.getJsonArray("units");
        assertEquals(10, units.size());
        assertAmount("96.40", unit(units, c.unit(0)).getJsonNumber("total"));
        assertAmount("26.40", unit(units, c.unit(0)).getJsonNumber("satisfaction"));
        assertAmount("24.00", unit(units, c.unit(1)).getJsonNumber("routineWork"));
        assertAmount("94.00", unit(units, c.unit(1)).getJsonNumber("total"));
        assertAmount("20.00", unit(units, c.unit(3)).getJsonNumber("anomalyHandling"));
        assertAmount("5.00", unit(units, c.unit(4)).getJsonNumber("documents"));
        assertAmount("25.00", unit(units, c.unit(6)).getJsonNumber("anomalyHandling"));
        assertAmount("100.00", unit(units, c.unit(9)).getJsonNumber("total"));
        assertAmount("89.04", october.getJsonNumber("score"));
        assertEquals("GOOD", october.getString("grade"));
        assertEquals("良好", october.getString("gradeLabel"));
        assertAmount("48437.50", october.getJsonObject("gradeDeduction").getJsonNumber("value"));
        assertAmount("20000.00", october.getJsonObject("penalties").getJsonNumber("value"));
        assertAmount("68437.50", october.getJsonObject("moneyDeducted").getJsonNumber("value"));
        assertEquals("陆万捌仟肆佰叁拾柒元伍角整", october.getJsonObject("moneyDeducted").getString("capitals"));
        List<JsonObject> lines = october.getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        JsonObject neglect = lines.stream().filter(l -> l.getString("ruleCode").equals("VENDOR-DEDUCTION-CONSECUTIVE_NEGLECT"))
                .findFirst().orElseThrow();
        assertAmount("-5.00", neglect.getJsonNumber("amount"));
        assertTrue(neglect.getString("description").contains("漏洞扫描"), neglect::toString);
        assertEquals(1, lines.stream().filter(l -> l.getString("ruleCode").equals("VENDOR-DEDUCTION-CONSECUTIVE_NEGLECT")).count());
        JsonObject fault = lines.stream().filter(l -> l.getString("ruleCode").equals("ANOMALY-FAULT")).findFirst().orElseThrow();
        assertEquals(String.valueOf(c.unit(3)), fault.getString("unitId"));
        assertEquals("附件4.2 异常处置-故障处置", fault.getString("clause"));
        assertTrue(fault.getJsonArray("recordIds").getString(0).startsWith("fault-"), fault::toString);

        // Approved, then final: the month's records are closed. A late form, a fault reported in the month, a
        // correction of one of its faults, routine work (11-02 is still contract month 2026-10), a deduction, a
        // penalty and an exemption of one of its records are refused naming the field, and nothing is stored.
        approve(c, october);
        JsonObject approved = Api.get(c.assessments() + "/" + october.getJsonNumber("id").longValue(), approver).json().asJsonObject();
        moved(Api.post(c.assessments() + "/" + approved.getJsonNumber("id").longValue() + "/finalize", approver,
                version(approved)), "FINAL");
        String book = luohe + "/contracts/" + contract + "/months/2026-10";
        String before = Api.get(book, assessor).body();
        assertProblem(Api.post(luohe + "/satisfaction-forms", Api.unitUserToken("luohe", c.unit(2)), form(contract, c.unit(2),
                "\"DISSATISFIED\",\"DISSATISFIED\",\"DISSATISFIED\",\"DISSATISFIED\",\"DISSATISFIED\"")), 409, "month");
        assertProblem(Api.post(luohe + "/faults", vendor, "{\"contractId\":" + contract + ",\"itemId\":" + c.items().get(7)
                + ",\"level\":2,\"description\":\"补报的故障\",\"reported\":\"2026-10-28T09:00:00+08:00\"}"), 409, "reported");
        assertProblem(Api.put(luohe + "/faults/" + outage.getString("id"), vendor, "{\"reported\":\"2026-10-20T09:00:00+08:00\","
                + "\"responded\":\"2026-10-20T09:05:00+08:00\",\"restored\":\"2026-10-20T11:00:00+08:00\",\"version\":"
                + outage.getJsonNumber("version") + "}"), 409, "restored");
        assertProblem(Api.post(luohe + "/visits", vendor, work(contract, c.unit(0), null, "2026-11-02T10:00:00+08:00", null)), 409, "at");
        assertProblem(Api.post(luohe + "/deductions", assessor, "{\"contractId\":" + contract + ",\"month\":\"2026-10\","
                + "\"kind\":\"RESPONSIBLE_COMPLAINT\",\"points\":3,\"reason\":\"补录投诉\",\"evidence\":\"投诉记录\",\"unitId\":"
                + c.unit(8) + "}"), 409, "month");
        assertProblem(Api.post(luohe + "/penalties", assessor, "{\"contractId\":" + contract + ",\"month\":\"2026-10\","
                + "\"kind\":\"ONSITE_STAFF_ABSENT\",\"reason\":\"驻场人员 10-29 未到岗\",\"evidence\":\"考勤表\"}"), 409, "month");
        assertProblem(Api.post(luohe + "/exemptions", approver, "{\"record\":\"" + deduction + "\",\"reason\":\"不可抗力\"}"),
                409, "record");
        assertEquals(before, Api.get(book, assessor).body());
        assertEquals(outage.getJsonNumber("version"), Api.get(luohe + "/faults/" + outage.getString("id"), vendor).json().asJsonObject()
                .getJsonNumber("version"));

        // The contract month, not the calendar month, closes: 10-05 belongs to 2026-09, which is open.
        String september = created(Api.post(luohe + "/faults", vendor, "{\"contractId\":" + contract + ",\"itemId\":"
                + c.items().get(7) + ",\"level\":2,\"description\":\"九月考核月的故障\",\"reported\":\"2026-10-05T09:00:00+08:00\","
                + "\"responded\":\"2026-10-05T09:10:00+08:00\",\"restored\":\"2026-10-05T11:00:00+08:00\"}")).getString("id");
        assertTrue(Api.get(luohe + "/contracts/" + contract + "/months/2026-09", assessor).body().contains(september));
    }

    /** 集中复核 on the 4th installment and finance's dates; bad entries named, nothing stored. */
    @Test
    void theCentralizedReviewAndThePaymentDates() {
        Contract c = contract();
        String review = c.schedule() + "/review";
        long item = c.items().get(2);
        assertProblem(Api.post(review, assessor, "{\"kind\":\"REDUCTION\",\"monthsNotServiced\":2,\"amount\":50000.00,"
                + "\"reason\":\"迁云\"}"), 400, "itemId");
        assertProblem(Api.post(review, assessor, "{\"kind\":\"REDUCTION\",\"itemId\":" + item + ",\"monthsNotServiced\":2,"
                + "\"amount\":-5,\"reason\":\"迁云\"}"), 400, "amount");
        assertProblem(Api.post(review, assessor, "{\"kind\":\"REDUCTION\",\"itemId\":999999999,\"monthsNotServiced\":2,"
                + "\"amount\":50000.00,\"reason\":\"迁云\"}"), 400, "itemId");
        assertProblem(Api.post(review, assessor, "{\"kind\":\"RECOGNIZED_COST\",\"amount\":12000.00,\"reason\":\" \"}"),
                400, "reason");
        // unreadable values are named too: an unknown kind, a text amount
        assertProblem(Api.post(review, assessor, "{\"kind\":\"BONUS\",\"amount\":1,\"reason\":\"x\"}"), 400, "kind");
        assertProblem(Api.post(review, assessor, "{\"kind\":\"RECOGNIZED_COST\",\"amount\":\"壹万\",\"reason\":\"x\"}"),
                400, "amount");
        assertEquals(403, Api.post(review, finance, "{\"kind\":\"RECOGNIZED_COST\",\"amount\":1,\"reason\":\"x\"}").status());
        assertEquals(0, Api.get(review, finance).json().asJsonArray().size());

        assertEquals(201, Api.post(review, assessor, "{\"kind\":\"REDUCTION\",\"itemId\":" + item
                + ",\"monthsNotServiced\":2,\"amount\":50000.00,\"reason\":\"迁云上云，2个月未运维\"}").status());
        assertEquals(201, Api.post(review, assessor, "{\"kind\":\"RECOGNIZED_COST\",\"amount\":12000.00,"
                + "\"reason\":\"配合迁移费用（凭证）\"}").status());
        // 4th installment, no month assessed yet: 2,906,250.00 − 50,000.00 + 12,000.00 = 2,868,250.00 (provisional).
        JsonObject fourth = Api.get(c.schedule(), finance).json().asJsonObject().getJsonArray("installments").getJsonObject(3);
        assertEquals(2, fourth.getJsonArray("review").size());
        assertAmount("50000.00", fourth.getJsonObject("reviewReductions").getJsonNumber("value"));
        assertEquals("壹万贰仟元整", fourth.getJsonObject("recognizedCosts").getString("capitals"));
        assertAmount("2868250.00", fourth.getJsonObject("netPayable").getJsonNumber("value"));
        assertTrue(fourth.getBoolean("provisional"));
        assertEquals(0, Api.get(c.schedule(), finance).json().asJsonObject().getJsonArray("installments").getJsonObject(0)
                .getJsonArray("review").size());

        String dates = c.schedule() + "/installments/1";
        assertEquals(403, Api.put(dates, assessor, "{\"invoiceOn\":\"2026-11-02\"}").status());
        assertProblem(Api.put(dates, finance, "{\"paidOn\":\"2099-01-01\"}"), 400, "paidOn");
        assertProblem(Api.put(dates, finance, "{\"invoiceOn\":\"2026-11-31\"}"), 400, "invoiceOn");
        assertProblem(Api.put(c.schedule() + "/installments/5", finance, "{\"invoiceOn\":\"2026-11-02\"}"), 400, "number");
        Api.Reply recorded = Api.put(dates, finance, "{\"invoiceOn\":\"2026-11-02\"}");
        assertEquals(200, recorded.status(), recorded::toString);
        long read = recorded.json().asJsonObject().getJsonNumber("version").longValue();
        assertEquals(200, Api.put(dates, finance, "{\"invoiceOn\":\"2026-11-02\",\"paidOn\":\"2026-11-20\",\"version\":"
                + read + "}").status());
        assertProblem(Api.put(dates, finance, "{\"invoiceOn\":\"2026-11-03\",\"version\":" + read + "}"), 409, "version");
        JsonObject first = Api.get(c.schedule(), finance).json().asJsonObject().getJsonArray("installments").getJsonObject(0);
        assertEquals("2026-11-02", first.getString("invoiceOn"));
        assertEquals("2026-11-20", first.getString("paidOn"));
        // No month assessed: no due date, hence no late-payment figure, each said in words.
        assertTrue(absent(first, "latePenalty"));
        assertTrue(first.getJsonArray("notes").toString().contains("无法计算逾期付款违约金"), first::toString);
    }

    /**
     * What-if on June with a draft whose 一般 band deducts 10% instead of 20%: 79.00 stays 一般, the grade line
     * goes from 193,750.00 to 96,875.00 (−96,875.00); nothing else changes and nothing is stored.
     */
    @Test
    void aDraftSchemeIsTriedOnAPastMonthAndNothingIsStored() {
        Contract c = contract();
        approve(c, computed(c, "2026-06"));
        JsonObject seeded = Api.get(BASE + "/schemes/" + seededSchemeId(), admin).json().asJsonObject();
        String parameters = seeded.getJsonObject("parameters").toString()
                .replace("{\"minScore\":70.00,\"grade\":\"FAIR\",\"feeDeductionRate\":0.20",
                        "{\"minScore\":70.00,\"grade\":\"FAIR\",\"feeDeductionRate\":0.10");
        Api.Reply draft = Api.post(BASE + "/schemes", admin, "{\"kind\":\"om-monthly\",\"versionLabel\":\"luohe-draft-"
                + c.tag() + "\",\"effectiveFrom\":\"2027-01-01\",\"parameters\":" + parameters + "}");
        assertEquals(201, draft.status(), draft::toString);
        long draftId = draft.json().asJsonObject().getJsonNumber("id").longValue();
        String whatIf = c.assessments() + "/what-if";
        String before = Api.get(c.assessments(), assessor).body();

        JsonObject answer = Api.post(whatIf, assessor, "{\"month\":\"2026-06\",\"schemeId\":" + draftId + "}").json().asJsonObject();
        assertTrue(answer.getString("baseline").startsWith("the result in force"), answer::toString);
        assertEquals("luohe-draft-" + c.tag(), answer.getString("draftLabel"));
        assertAmount("79.00", answer.getJsonObject("before").getJsonNumber("score"));
        assertAmount("79.00", answer.getJsonObject("after").getJsonNumber("score"));
        assertEquals("FAIR", answer.getJsonObject("after").getString("grade"));
        assertAmount("193750.00", answer.getJsonObject("before").getJsonNumber("moneyDeducted"));
        assertAmount("96875.00", answer.getJsonObject("after").getJsonNumber("moneyDeducted"));
        assertAmount("-96875.00", answer.getJsonNumber("moneyDifference"));
        assertEquals(1, answer.getJsonNumber("changedLines").longValue(), answer::toString);
        JsonObject grade = answer.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("ruleCode").equals("MONEY-GRADE")).findFirst().orElseThrow();
        assertEquals("附件3 七 结果运用", grade.getString("clause"));
        assertAmount("193750.00", grade.getJsonNumber("before"));
        assertAmount("96875.00", grade.getJsonNumber("after"));
        assertAmount("-96875.00", grade.getJsonNumber("difference"));
        assertEquals(before, Api.get(c.assessments(), assessor).body(), "a what-if stores nothing");

        // Without a result in force (July): compared with a fresh computation under luohe-2025; still nothing stored.
        JsonObject july = Api.post(whatIf, approver, "{\"month\":\"2026-07\",\"schemeId\":" + draftId + "}").json().asJsonObject();
        assertTrue(july.getString("baseline").contains("luohe-2025"), july::toString);
        assertTrue(absent(july, "baselineAssessmentId"));
        assertEquals(before, Api.get(c.assessments(), assessor).body(), "a what-if stores nothing");

        assertProblem(Api.post(whatIf, assessor, "{\"month\":\"2026-06\",\"schemeId\":" + seededSchemeId() + "}"), 409, "schemeId");
        assertProblem(Api.post(whatIf, assessor, "{\"month\":\"2026-06\",\"schemeId\":999999999}"), 400, "schemeId");
        assertProblem(Api.post(whatIf, assessor, "{\"month\":\"June\",\"schemeId\":" + draftId + "}"), 400, "month");
        assertProblem(Api.post(whatIf, assessor, "{\"month\":\"2026-11\",\"schemeId\":" + draftId + "}"), 400, "month");
        assertEquals(403, Api.post(whatIf, vendor, "{\"month\":\"2026-06\",\"schemeId\":" + draftId + "}").status());
        assertEquals(before, Api.get(c.assessments(), assessor).body());
    }

    @Test
    void badMonthsAreNamedAndNothingIsStored() {
        Contract c = contract();
        assertProblem(Api.post(c.assessments(), assessor, "{\"month\":\"2026/06\"}"), 400, "month");
        assertProblem(Api.post(c.assessments(), assessor, "{\"month\":\"2025-12\"}"), 400, "month");
        assertProblem(Api.post(c.assessments(), assessor, "{\"month\":\"2027-06\"}"), 400, "month");
        assertProblem(Api.post(c.assessments(), assessor, "{\"month\":\"2027-01\"}"), 400, "month");
        assertProblem(Api.post(c.assessments(), assessor, "{}"), 400, "month");
        assertProblem(Api.get(c.assessments() + "/in-force?month=2026-06", finance), 404, "month");
        assertEquals(404, Api.post(BASE + "/om-monthly/contracts/999999999/assessments", assessor, "{\"month\":\"2026-06\"}").status());
        assertEquals(0, Api.get(c.assessments(), assessor).json().asJsonArray().size());
        assertEquals(401, Api.post(c.assessments(), Api.token("ordos", "assessor"), "{\"month\":\"2026-06\"}").status());
    }

    // ---------------------------------------------------------------- helpers

    private Contract contract() {
        return OmContracts.register(admin);
    }

    private static String work(long contract, long unitId, Long item, String at, String backupPath) {
        return "{\"contractId\":" + contract + ",\"unitId\":" + unitId + (item == null ? "" : ",\"itemId\":" + item)
                + ",\"at\":\"" + at + "\",\"note\":\"运维记录\"" + (backupPath == null ? "" : ",\"backupPath\":\"" + backupPath + "\"")
                + "}";
    }

    private static String form(long contract, long unitId, String ratings) {
        return "{\"contractId\":" + contract + ",\"unitId\":" + unitId + ",\"month\":\"2026-10\",\"ratings\":[" + ratings
                + "],\"accident\":false,\"suggestions\":\"保持\"}";
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }

    private JsonObject computed(Contract c, String month) {
        Api.Reply reply = Api.post(c.assessments(), assessor, "{\"month\":\"" + month + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }

    private void approve(Contract c, JsonObject draft) {
        String path = c.assessments() + "/" + draft.getJsonNumber("id").longValue();
        JsonObject submitted = moved(Api.post(path + "/submit", assessor, version(draft)), "SUBMITTED");
        moved(Api.post(path + "/approve", approver, version(submitted)), "APPROVED");
    }

    private long seededSchemeId() {
        return Api.get(BASE + "/schemes", admin).json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("versionLabel").equals("luohe-2025"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static List<Api.Reply> race(int n, Callable<Api.Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(request));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }

    private static JsonObject unit(JsonArray units, long id) {
        return units.stream().map(JsonValue::asJsonObject).filter(u -> u.getString("unitId").equals(String.valueOf(id)))
                .findFirst().orElseThrow();
    }

    /** JSON-B leaves null properties out: absent and null mean the same here. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static String version(JsonObject result) {
        return "{\"version\":" + result.getJsonNumber("version") + "}";
    }

    private static JsonObject moved(Api.Reply reply, String status) {
        assertEquals(200, reply.status(), reply::toString);
        JsonObject result = reply.json().asJsonObject();
        assertEquals(status, result.getString("status"));
        return result;
    }

    private static long id(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static void assertAmount(String expected, JsonNumber actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.bigDecimalValue()), "expected " + expected + ", was " + actual);
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(field, reply.json().asJsonObject().getString("field"), reply::toString);
    }

    /** The ids of a list of results, in order. */
    private static List<Long> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().asJsonArray().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
