package org.perfportal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/**
 * The Otog Banner half-year assessment (半年考核) through the API on the real stack: records
 * entered by the roles that own them, computed with the seeded published scheme
 * {@code ordos-2025}, then taken through submit → approve → dispute → final; bad records refused
 * naming the field, with nothing stored.
 *
 * <p>The five lines (总网费 3 000.00 元/月) are registered once per run and shared by every test
 * (the totals of the report rule depend on them); only {@link #aHalfYearIsComputedTracedAndTakenThroughItsLifecycle}
 * enters faults and other records, so the expected figures below hold whichever test runs first.
 */
@PortalIT
class ExtranetHalfYearIT {

    private static final String BASE = "/api/v1/tenants/ordos";
    private static final String ASSESSMENTS = BASE + "/extranet/assessments";
    private static final String RECORDS = BASE + "/extranet/records";

    /** Line codes by role in the scenario, registered once (see {@link #lines()}). */
    private static Map<String, String> registeredLines;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String assessor = Api.token("ordos", "assessor");
    private final String approver = Api.token("ordos", "approver");
    private final String vendor = Api.token("ordos", "vendor");

    @Test
    void aHalfYearIsComputedTracedAndTakenThroughItsLifecycle() {
        Map<String, String> line = lines();

        // F1, 旗直属机关 line WW-001 (1 000.00/月; limits arrive 2 h, repair 6 h): reported 09:00,
        // arrived 10:30, repaired and confirmed 15:00 = exactly 6 h → on time, no line at all.
        created(Api.post(BASE + "/extranet/faults", assessor, fault(line.get("banner1"),
                "2026-03-02T09:00:00+08:00", "2026-03-02T10:30:00+08:00", "2026-03-02T15:00:00+08:00", "2026-03-02T15:00:00+08:00")));
        // F2, 旗直属机关 line WW-002 (800.00/月): reported 08:00, arrived 11:00 (3 h > 2 h: recorded, 0.00),
        // confirmed 16:30 (8.5 h > 6 h) → late repair, 1 month × 800.00 = 800.00.
        // Given in UTC on purpose: 00:00Z = 08:00 +08. Entered open, then completed by revising it.
        Api.Reply opened = Api.post(BASE + "/extranet/faults", assessor, fault(line.get("banner2"),
                "2026-04-10T00:00:00Z", "2026-04-10T03:00:00Z", null, null));
        String lateFault = created(opened);
        String completion = fault(line.get("banner2"), "2026-04-10T00:00:00Z", "2026-04-10T03:00:00Z",
                "2026-04-10T08:00:00Z", "2026-04-10T08:30:00Z").replace("}", ",\"version\":"
                + opened.json().asJsonObject().getJsonNumber("version") + "}");
        Api.Reply completed = Api.put(BASE + "/extranet/faults/" + lateFault, assessor, completion);
        assertEquals(200, completed.status(), completed::toString);
        assertProblem(Api.put(BASE + "/extranet/faults/" + lateFault, assessor, completion), 409, "version");
        // F3, 苏木镇 line WW-003 (600.00/月; repair 12 h): reported 05-20 10:00, confirmed 05-21 12:00
        // (26 h) → late repair 600.00, but exempted by the approver (暴雪) → 0.00, exempted, reason kept.
        String exemptedFault = created(Api.post(BASE + "/extranet/faults", assessor, fault(line.get("sumu"),
                "2026-05-20T10:00:00+08:00", "2026-05-20T14:00:00+08:00", "2026-05-21T12:00:00+08:00", "2026-05-21T12:00:00+08:00")));
        created(Api.post(BASE + "/extranet/exemptions", approver, "{\"record\":\"" + exemptedFault
                + "\",\"cause\":\"NATURAL_DISASTER\",\"explanation\":\"5月20日暴雪，道路封闭（气象局证明）\"}"));
        // R1, 嘎查村 line WW-004 (300.00/月): move finished Mon 2026-03-30; 15 working days skip
        // Qingming 04-04..04-06: 03-31, 04-01, 04-02, 04-03, 04-07..04-10, 04-13..04-17, 04-20, 04-21
        // → deadline 04-21; restored 04-22 → late, 1 month × 300.00 = 300.00.
        String relocation = created(Api.post(BASE + "/extranet/relocations", assessor,
                "{\"line\":\"" + line.get("gacha1") + "\",\"moveFinished\":\"2026-03-30\",\"serviceRestored\":\"2026-04-22\"}"));
        // Report on 2026-H1 due 2026-07-05, handed in 07-08: 3 days × 1% × 3 000.00 = 90.00.
        String report = created(Api.post(BASE + "/extranet/reports", vendor, "{\"period\":\"2026-H1\",\"submittedOn\":\"2026-07-08\"}"));
        // Ad-hoc inspection 06-15: the assessor's 150.00 with its reason.
        String adHoc = created(Api.post(BASE + "/extranet/ad-hoc-findings", assessor,
                "{\"foundOn\":\"2026-06-15\",\"amount\":150.00,\"reason\":\"机房线缆未标识\"}"));

        // The operator's contract for 2026 (service period covers 2026-H1), half-year final payment 100 000.00.
        long contract = contract("2026-01-01", "2026-12-31", "100000.00");

        // Total: 0.00 + 800.00 + 0.00 (exempted) + 300.00 + 90.00 + 150.00 = 1 340.00.
        Api.Reply computed = Api.post(ASSESSMENTS, assessor, "{\"period\":\"2026-H1\"}");
        assertEquals(201, computed.status(), computed::toString);
        JsonObject first = computed.json().asJsonObject();
        assertAmount("1340.00", first.getJsonNumber("total"));
        // Settlement (从尾款中扣除): final payment 100 000.00 − total 1 340.00 = net payable 98 660.00.
        JsonObject settlement = first.getJsonObject("settlement");
        assertEquals(contract, settlement.getJsonNumber("contractId").longValue(), settlement::toString);
        assertAmount("100000.00", settlement.getJsonNumber("finalPayment"));
        assertAmount("1340.00", settlement.getJsonNumber("totalDeduction"));
        assertAmount("98660.00", settlement.getJsonNumber("netPayable"));
        assertAmount("0.00", settlement.getJsonNumber("excessDeduction"));
        assertEquals("DRAFT", first.getString("status"));
        assertEquals(1, first.getInt("revision"));
        assertEquals("2026-H1", first.getString("period"));
        assertEquals(seededSchemeId(), first.getJsonNumber("schemeId").longValue());
        JsonArray sheet = first.getJsonArray("lines");
        assertEquals(6, sheet.size(), first::toString);
        assertLine(sheet.getJsonObject(0), "FAULT_LATE_ARRIVAL", "0.00", List.of(lateFault, line.get("banner2")), false);
        assertLine(sheet.getJsonObject(1), "FAULT_LATE_REPAIR", "800.00", List.of(lateFault, line.get("banner2")), false);
        assertTrue(sheet.getJsonObject(1).getString("description").contains("时限 2026-04-10 14:00"), sheet::toString);
        assertLine(sheet.getJsonObject(2), "FAULT_LATE_REPAIR", "0.00", List.of(exemptedFault, line.get("sumu")), true);
        assertTrue(sheet.getJsonObject(2).getString("exemptionReason").contains("暴雪"), sheet::toString);
        assertLine(sheet.getJsonObject(3), "RELOCATION_LATE", "300.00", List.of(relocation, line.get("gacha1")), false);
        assertTrue(sheet.getJsonObject(3).getString("description").contains("时限 2026-04-21"), sheet::toString);
        assertEquals("REPORT_LATE", sheet.getJsonObject(4).getString("ruleCode"));
        assertAmount("90.00", sheet.getJsonObject(4).getJsonNumber("amount"));
        assertEquals(report, sheet.getJsonObject(4).getJsonArray("recordIds").getString(0));
        assertLine(sheet.getJsonObject(5), "AD_HOC_INSPECTION", "150.00", List.of(adHoc), false);
        assertEquals("考核表 不定期巡查", sheet.getJsonObject(5).getString("clause"));

        // Lifecycle: submit (assessor) → approve (approver) → dispute (vendor) → final (approver).
        String id = ASSESSMENTS + "/" + first.getJsonNumber("id").longValue();
        assertEquals(409, Api.post(id + "/approve", approver, version(first)).status(), "a draft cannot be approved");
        // DOMAIN §1: published to the vendor when approved; before that it is 404 and absent from its list.
        long firstId = first.getJsonNumber("id").longValue();
        assertProblem(Api.get(id, vendor), 404, "id");
        assertFalse(ids(Api.get(ASSESSMENTS + "?period=2026-H1", vendor)).contains(firstId));
        assertTrue(ids(Api.get(ASSESSMENTS + "?period=2026-H1", assessor)).contains(firstId));
        JsonObject submitted = moved(Api.post(id + "/submit", assessor, version(first)), "SUBMITTED");
        assertProblem(Api.get(id + "/document", vendor), 404, "id");
        assertEquals(403, Api.post(id + "/approve", assessor, version(submitted)).status(), "the assessor cannot approve");
        JsonObject approved = moved(Api.post(id + "/approve", approver, version(submitted)), "APPROVED");
        assertEquals("APPROVED", Api.get(id, vendor).json().asJsonObject().getString("status"));
        assertTrue(ids(Api.get(ASSESSMENTS + "?period=2026-H1", vendor)).contains(firstId));
        assertTrue(approved.getBoolean("inForce"));

        Api.Reply edit = Api.put(id, assessor, "{\"remark\":\"改一下\",\"version\":" + approved.getJsonNumber("version") + "}");
        assertProblem(edit, 409, "status");

        // A dispute states its reason (复核理由); without one nothing changes.
        assertProblem(Api.post(id + "/dispute", vendor, version(approved)), 400, "reason");
        JsonObject disputed = moved(Api.post(id + "/dispute", vendor, "{\"reason\":\"3月线路中断系市政施工挖断光缆，申请免责\",\"version\":"
                + approved.getJsonNumber("version") + "}"), "DISPUTED");
        assertEquals("3月线路中断系市政施工挖断光缆，申请免责", disputed.getString("disputeReason"));
        // 复核期间原考核结果不停止执行: the approved figures stay in force.
        JsonObject inForce = Api.get(ASSESSMENTS + "/in-force?period=2026-H1", vendor).json().asJsonObject();
        assertEquals(first.getJsonNumber("id"), inForce.getJsonNumber("id"));
        assertEquals("DISPUTED", inForce.getString("status"));
        assertTrue(inForce.getBoolean("inForce"));
        assertAmount("1340.00", inForce.getJsonNumber("total"));
        assertAmount("98660.00", inForce.getJsonObject("settlement").getJsonNumber("netPayable"));
        assertProblem(Api.post(id + "/submit", assessor, version(disputed)), 409, "status");
        JsonObject finalResult = moved(Api.post(id + "/finalize", approver, version(disputed)), "FINAL");

        // Final closes the half-year's records: a fault reported in it, a revision of one of its faults, an ad-hoc
        // finding, a report on it and an exemption of one of its records are refused naming the field; nothing is stored.
        String book = Api.get(RECORDS, assessor).body();
        assertProblem(Api.post(BASE + "/extranet/faults", assessor, fault(line.get("banner1"),
                "2026-06-30T23:00:00+08:00", null, null, null)), 409, "reported");
        assertProblem(Api.put(BASE + "/extranet/faults/" + lateFault, assessor, fault(line.get("banner2"), "2026-04-10T00:00:00Z",
                "2026-04-10T03:00:00Z", "2026-04-10T05:00:00Z", "2026-04-10T05:30:00Z").replace("}", ",\"version\":"
                + completed.json().asJsonObject().getJsonNumber("version") + "}")), 409, "repaired");
        assertProblem(Api.post(BASE + "/extranet/ad-hoc-findings", assessor,
                "{\"foundOn\":\"2026-06-20\",\"amount\":100.00,\"reason\":\"补录巡查\"}"), 409, "foundOn");
        assertProblem(Api.post(BASE + "/extranet/reports", vendor, "{\"period\":\"2026-H1\",\"submittedOn\":\"2026-07-09\"}"),
                409, "period");
        assertProblem(Api.post(BASE + "/extranet/exemptions", approver, "{\"record\":\"" + relocation
                + "\",\"cause\":\"NATURAL_DISASTER\",\"explanation\":\"补办免责\"}"), 409, "record");
        assertEquals(book, Api.get(RECORDS, assessor).body());
        // The half-year is read in the scheme's zone: 06-30T16:30Z is 07-01 00:30 in Beijing, 2026-H2, still open.
        created(Api.post(BASE + "/extranet/faults", assessor, fault(line.get("banner1"), "2026-06-30T16:30:00Z", null, null, null)));

        // A contract registered after revision 1 was computed (same start, so it would win a tie) changes
        // nothing of revision 1's settlement; revision 2, computed now, settles against it: 50 000.00 − 1 340.00 = 48 660.00.
        long later = contract("2026-01-01", "2026-12-31", "50000.00");
        JsonObject frozen = Api.get(id, finance()).json().asJsonObject().getJsonObject("settlement");
        assertEquals(contract, frozen.getJsonNumber("contractId").longValue(), frozen::toString);
        assertAmount("98660.00", frozen.getJsonNumber("netPayable"));

        // Recomputing makes revision 2 as a draft; the final revision 1 is untouched and stays in force.
        Api.Reply recomputed = Api.post(ASSESSMENTS, assessor, "{\"period\":\"2026-H1\"}");
        assertEquals(201, recomputed.status(), recomputed::toString);
        JsonObject second = recomputed.json().asJsonObject();
        assertEquals(2, second.getInt("revision"));
        assertEquals(later, second.getJsonObject("settlement").getJsonNumber("contractId").longValue());
        assertAmount("48660.00", second.getJsonObject("settlement").getJsonNumber("netPayable"));
        assertEquals("DRAFT", second.getString("status"));
        assertFalse(second.getBoolean("inForce"));
        JsonObject firstAgain = Api.get(id, approver).json().asJsonObject();
        assertEquals("FINAL", firstAgain.getString("status"));
        assertEquals(finalResult.getJsonNumber("version"), firstAgain.getJsonNumber("version"));
        assertAmount("1340.00", firstAgain.getJsonNumber("total"));
        assertTrue(firstAgain.getBoolean("inForce"));
        assertEquals(6, firstAgain.getJsonArray("lines").size());
        assertEquals(2, Api.get(ASSESSMENTS + "?period=2026-H1", approver).json().asJsonArray().size());
    }

    @Test
    void badRecordsAre400NamingTheFieldAndNothingIsStored() {
        Map<String, String> line = lines();
        String unit = unitId("错误输入测试单位");
        String before = Api.get(RECORDS, assessor).body();

        assertProblem(Api.post(BASE + "/extranet/faults", assessor, fault(line.get("banner1"),
                "2026-02-02T10:00:00+08:00", null, "2026-02-02T09:00:00+08:00", null)), 400, "repaired");
        assertProblem(Api.post(BASE + "/extranet/lines", assessor, "{\"code\":\"BAD-1\",\"usingUnitId\":" + unit
                + ",\"bandwidth\":\"10M\",\"monthlyFee\":100}"), 400, "location");
        assertProblem(Api.post(BASE + "/extranet/lines", assessor, "{\"code\":\"BAD-2\",\"usingUnitId\":" + unit
                + ",\"location\":\"SUMU_TOWN\",\"monthlyFee\":0}"), 400, "monthlyFee");
        assertProblem(Api.post(BASE + "/extranet/lines", assessor, "{\"code\":\"BAD-3\",\"usingUnitId\":" + unit
                + ",\"location\":\"SUMU_TOWN\",\"monthlyFee\":-5.00}"), 400, "monthlyFee");
        assertProblem(Api.post(BASE + "/extranet/relocations", assessor, "{\"line\":\"" + line.get("gacha2")
                + "\",\"serviceRestored\":\"2026-04-22\"}"), 400, "moveFinished");

        assertEquals(before, Api.get(RECORDS, assessor).body());
    }

    @Test
    void theSeededSchemeIsPublishedAndABadDraftNamesItsJsonPath() {
        String admin = Api.token("ordos", "tenant-admin");
        JsonObject seeded = Api.get(BASE + "/schemes/" + seededSchemeId(), Api.token("ordos", "auditor")).json().asJsonObject();
        assertEquals("PUBLISHED", seeded.getString("status"));
        assertEquals(6, seeded.getJsonObject("parameters").getJsonObject("banner").getInt("repairHours"));

        String bad = seeded.getJsonObject("parameters").toString().replace("\"repairHours\":6", "\"repairHours\":0");
        assertProblem(Api.post(BASE + "/schemes", admin, "{\"kind\":\"extranet-half-year\",\"versionLabel\":\"ordos-bad\","
                + "\"effectiveFrom\":\"2027-01-01\",\"parameters\":" + bad + "}"), 400, "parameters.banner.repairHours");
        assertProblem(Api.put(BASE + "/schemes/" + seededSchemeId(), admin, "{\"kind\":\"extranet-half-year\",\"versionLabel\":\"ordos-2025\","
                + "\"effectiveFrom\":\"2025-01-01\",\"parameters\":" + seeded.getJsonObject("parameters") + ",\"version\":"
                + seeded.getJsonNumber("version") + "}"), 409, "status");
        assertEquals(403, Api.post(BASE + "/schemes", Api.token("ordos", "assessor"), "{}").status());
    }

    /** 三、(一): two dedicated maintainers named; a replacement not notified in writing is reported. */
    @Test
    void theOperatorsStaffingIsRecordedAndChecked() {
        String maintainers = BASE + "/extranet/maintainers";
        created(Api.post(maintainers, vendor, "{\"name\":\"王强\",\"phone\":\"0477-6212345\",\"appointedOn\":\"2026-01-01\"}"));
        created(Api.post(maintainers, vendor, "{\"name\":\"李娜\",\"appointedOn\":\"2026-01-01\",\"leftOn\":\"2026-03-01\"}"));
        assertProblem(Api.post(maintainers, vendor, "{\"name\":\"赵敏\",\"appointedOn\":\"2026-03-10\",\"leftOn\":\"2026-03-01\"}"),
                400, "leftOn");
        String unnotified = created(Api.post(BASE + "/extranet/staff-changes", vendor,
                "{\"changedOn\":\"2026-03-01\",\"description\":\"李娜离职\"}"));

        JsonObject february = Api.get(BASE + "/extranet/staffing?on=2026-02-01", assessor).json().asJsonObject();
        assertTrue(february.getBoolean("meetsMinimum"), february::toString);
        JsonObject march = Api.get(BASE + "/extranet/staffing?on=2026-03-05", assessor).json().asJsonObject();
        assertFalse(march.getBoolean("meetsMinimum"), march::toString);
        assertEquals(1, march.getJsonArray("onDuty").size());
        assertEquals(List.of(unnotified), march.getJsonArray("changesWithoutNotice").getValuesAs(JsonString::getString));
        assertProblem(Api.get(BASE + "/extranet/staffing?on=March", assessor), 400, "on");
    }

    @Test
    void onlyTheAssessorComputesAndOnlyOrdosTokensEnter() {
        assertEquals(403, Api.post(ASSESSMENTS, vendor, "{\"period\":\"2026-H1\"}").status());
        assertEquals(401, Api.post(ASSESSMENTS, Api.token("luohe", "assessor"), "{\"period\":\"2026-H1\"}").status());
        assertEquals(401, Api.get(RECORDS, Api.token("luohe", "assessor")).status());
    }

    /** 运营商合同: the tenant admin registers it, the bureau and the operator read it; bad input is named. */
    @Test
    void theOperatorsContractIsRegisteredAndBadInputNamesItsField() {
        String admin = Api.token("ordos", "tenant-admin");
        String contracts = BASE + "/extranet/contracts";
        String vendorId = vendorId();
        String before = Api.get(contracts, admin).body();
        assertProblem(Api.post(contracts, admin, contractJson(vendorId, "BAD-1", "2027-12-31", "2027-01-01", "50000.00")),
                400, "servicePeriod.end");
        assertProblem(Api.post(contracts, admin, contractJson(vendorId, "BAD-2", "2027-01-01", "2027-12-31", "0")),
                400, "finalPayment");
        assertProblem(Api.post(contracts, admin, contractJson(vendorId, "BAD-3", "2027-01-01", "2027-12-31", "-1.00")),
                400, "finalPayment");
        assertProblem(Api.post(contracts, admin, contractJson("999999999", "BAD-4", "2027-01-01", "2027-12-31", "50000.00")),
                400, "vendorId");
        assertEquals(403, Api.post(contracts, assessor, contractJson(vendorId, "BAD-5", "2027-01-01", "2027-12-31", "1.00")).status());
        assertEquals(before, Api.get(contracts, admin).body(), "nothing of the refused contracts is stored");

        String number = "OTG-2027-" + UUID.randomUUID();
        Api.Reply created = Api.post(contracts, admin, contractJson(vendorId, number, "2027-01-01", "2027-12-31", "60000.50"));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().asJsonObject().getJsonNumber("id").longValue();
        assertProblem(Api.post(contracts, admin, contractJson(vendorId, number, "2027-01-01", "2027-12-31", "1.00")), 409, "number");
        JsonObject read = Api.get(contracts + "/" + id, Api.token("ordos", "finance")).json().asJsonObject();
        assertEquals(number, read.getString("number"));
        assertEquals("2027-12-31", read.getJsonObject("servicePeriod").getString("end"));
        assertAmount("60000.50", read.getJsonNumber("finalPayment"));
        assertTrue(Api.get(contracts, vendor).json().asJsonArray().stream()
                .anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals(404, Api.get(BASE + "/extranet/contracts/999999999", admin).status());

        // 2025-H2 has no contract covering it: the result is computed, its settlement says so.
        Api.Reply uncovered = Api.post(ASSESSMENTS, assessor, "{\"period\":\"2025-H2\"}");
        assertEquals(201, uncovered.status(), uncovered::toString);
        JsonObject settlement = uncovered.json().asJsonObject().getJsonObject("settlement");
        assertTrue(!settlement.containsKey("finalPayment") || settlement.isNull("finalPayment"), settlement::toString);
        assertTrue(!settlement.containsKey("netPayable") || settlement.isNull("netPayable"), settlement::toString);
        assertTrue(settlement.getString("note").contains("2025-H2"), settlement::toString);
    }

    /** 季度巡检报告 with photo evidence (图片佐证): uploaded by the operator, kept in the database, read back byte for byte. */
    @Test
    void quarterlyInspectionReportsCarryPhotosKeptPerTenant() {
        String reports = BASE + "/extranet/inspection-reports";
        Api.Reply created = Api.post(reports, vendor,
                "{\"quarter\":\"2026-Q1\",\"submittedOn\":\"2026-04-03\",\"description\":\"设备、电缆、传输速率巡检：均正常\"}");
        String report = created(created);
        assertProblem(Api.post(reports, vendor, "{\"quarter\":\"2026-Q5\",\"submittedOn\":\"2026-04-03\",\"description\":\"x\"}"),
                400, "quarter");
        String photos = reports + "/" + report + "/photos";

        byte[] png = new byte[2048];
        new java.util.Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        Api.Reply uploaded = Api.upload(photos + "?name=%E6%9C%BA%E6%88%BF.png", vendor, "image/png", png);
        assertEquals(201, uploaded.status(), uploaded::toString);
        JsonObject photo = uploaded.json().asJsonObject();
        long photoId = photo.getJsonNumber("id").longValue();
        assertEquals("机房.png", photo.getString("name"));
        assertEquals(2048, photo.getInt("size"));

        Api.Download download = Api.download(photos + "/" + photoId, Api.token("ordos", "auditor"));
        assertEquals(200, download.status(), download::toString);
        assertTrue(download.contentType().startsWith("image/png"), download::toString);
        assertTrue(java.util.Arrays.equals(png, download.body()), "the photo comes back byte for byte");

        byte[] text = "巡检记录，不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertProblem(Api.upload(photos + "?name=note.txt", vendor, "text/plain", text), 400, "photo");
        assertProblem(Api.upload(photos + "?name=note.jpg", vendor, "image/jpeg", text), 400, "photo");
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, tooLarge, 0, 8);
        assertProblem(Api.upload(photos + "?name=big.png", vendor, "image/png", tooLarge), 413, "photo");
        assertEquals(403, Api.upload(photos + "?name=a.png", assessor, "image/png", png).status());

        JsonObject read = Api.get(reports + "/" + report, assessor).json().asJsonObject();
        assertEquals(1, read.getJsonArray("photos").size(), read::toString);
        assertEquals(photoId, read.getJsonArray("photos").getJsonObject(0).getJsonNumber("id").longValue());

        // Tenant isolation: a Luohe token does not enter Ordos; under Luohe the Ordos photo does not exist.
        String luohe = Api.token("luohe", "assessor");
        assertEquals(401, Api.download(photos + "/" + photoId, luohe).status());
        assertEquals(404, Api.download("/api/v1/tenants/luohe/extranet/inspection-reports/" + report + "/photos/" + photoId,
                luohe).status());
    }

    private static String finance() {
        return Api.token("ordos", "finance");
    }

    private static long contract(String start, String end, String finalPayment) {
        Api.Reply reply = Api.post(BASE + "/extranet/contracts", Api.token("ordos", "tenant-admin"),
                contractJson(vendorId(), "OTG-" + UUID.randomUUID(), start, end, finalPayment));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static String contractJson(String vendorId, String number, String start, String end, String finalPayment) {
        return "{\"vendorId\":" + vendorId + ",\"name\":\"电子政务外网支撑保障服务合同\",\"number\":\"" + number
                + "\",\"servicePeriod\":{\"start\":\"" + start + "\",\"end\":\"" + end + "\"},\"finalPayment\":"
                + finalPayment + "}";
    }

    private static String vendorId() {
        Api.Reply reply = Api.post(BASE + "/vendors", Api.token("ordos", "tenant-admin"),
                "{\"name\":\"鄂托克旗电信 " + UUID.randomUUID() + "\",\"contact\":{\"person\":\"张伟\",\"phone\":\"0477-6211111\"}}");
        assertEquals(201, reply.status(), reply::toString);
        return String.valueOf(reply.json().asJsonObject().getJsonNumber("id").longValue());
    }

    /**
     * The five lines of the scenario, registered once per run: WW-001 旗直属机关 1 000.00, WW-002
     * 旗直属机关 800.00, WW-003 苏木镇 600.00, WW-004 and WW-005 嘎查村 300.00 each; 总网费 3 000.00.
     */
    private static synchronized Map<String, String> lines() {
        if (registeredLines == null) {
            String assessor = Api.token("ordos", "assessor");
            Map<String, String> registered = new LinkedHashMap<>();
            registered.put("banner1", line(assessor, "WW-001", unitId("旗委办"), "BANNER_ORGAN", "100M", "1000.00"));
            registered.put("banner2", line(assessor, "WW-002", unitId("旗政务服务中心"), "BANNER_ORGAN", "50M", "800.00"));
            registered.put("sumu", line(assessor, "WW-003", unitId("乌兰镇人民政府"), "SUMU_TOWN", "20M", "600.00"));
            String gacha = unitId("苏米图嘎查");
            registered.put("gacha1", line(assessor, "WW-004", gacha, "GACHA_VILLAGE", "10M", "300.00"));
            registered.put("gacha2", line(assessor, "WW-005", gacha, "GACHA_VILLAGE", "10M", "300.00"));
            JsonObject book = Api.get(RECORDS, assessor).json().asJsonObject();
            assertAmount("3000.00", book.getJsonNumber("totalMonthlyFee"), book::toString);
            registeredLines = registered;
        }
        return registeredLines;
    }

    private static String line(String token, String code, String unitId, String location, String bandwidth, String fee) {
        return created(Api.post(BASE + "/extranet/lines", token, "{\"code\":\"" + code + "\",\"usingUnitId\":" + unitId
                + ",\"location\":\"" + location + "\",\"bandwidth\":\"" + bandwidth + "\",\"monthlyFee\":" + fee + "}"));
    }

    private static String unitId(String name) {
        Api.Reply reply = Api.post(BASE + "/units", Api.token("ordos", "tenant-admin"),
                "{\"name\":\"" + name + " " + UUID.randomUUID() + "\",\"kind\":\"DEPARTMENT\"}");
        assertEquals(201, reply.status(), reply::toString);
        return String.valueOf(reply.json().asJsonObject().getJsonNumber("id").longValue());
    }

    private long seededSchemeId() {
        return Api.get(BASE + "/schemes", assessor).json().asJsonArray().stream()
                .map(JsonObject.class::cast)
                .filter(s -> s.getString("versionLabel").equals("ordos-2025"))
                .findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static String fault(String line, String reported, String arrived, String repaired, String confirmed) {
        return "{\"line\":\"" + line + "\",\"reported\":\"" + reported + "\"" + time("arrived", arrived)
                + time("repaired", repaired) + time("confirmed", confirmed) + "}";
    }

    private static String time(String field, String value) {
        return value == null ? "" : ",\"" + field + "\":\"" + value + "\"";
    }

    private static String created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject().getString("id");
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

    private static void assertLine(JsonObject line, String rule, String amount, List<String> recordIds, boolean exempted) {
        assertEquals(rule, line.getString("ruleCode"), line::toString);
        assertAmount(amount, line.getJsonNumber("amount"), line::toString);
        assertEquals(recordIds, line.getJsonArray("recordIds").getValuesAs(JsonString::getString), line::toString);
        assertEquals(exempted, line.getBoolean("exempted"), line::toString);
    }

    private static void assertAmount(String expected, JsonNumber actual) {
        assertAmount(expected, actual, actual::toString);
    }

    private static void assertAmount(String expected, JsonNumber actual, Supplier<String> context) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.bigDecimalValue()), () -> expected + " ≠ " + actual + ": " + context.get());
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
