package org.perfportal.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;
import org.perfportal.it.Workbooks;

/**
 * The Luohe record book (运维考核记录) through the API on the real stack, demo data off: a contract
 * with two units (市农机中心: a line and a platform; 市水利局: a video platform), the vendor logging
 * faults, vulnerabilities and routine work, the unit confirming and rating, the assessor's entries,
 * the approver's exemption; then who may do what, tenant isolation, and bad input refused naming the
 * field with the book unchanged. Contract month 2026-10 = 2026-10-10T00:00+08 … 2026-11-10T00:00+08.
 */
@PortalIT
class OmRecordsIT {

    private static final String BASE = "/api/v1/tenants/luohe";
    private static final String LUOHE = BASE + "/om-monthly";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String admin = Api.token("luohe", "tenant-admin");
    private final String vendor = Api.token("luohe", "vendor");
    /** A login of role unit speaking for the book's 市农机中心 (token claim unit_id), made by {@link #book()}. */
    private String unit;
    private String unitName;
    private final String assessor = Api.token("luohe", "assessor");
    private final String approver = Api.token("luohe", "approver");

    /** A contract of its own per test, and a unit login of its 市农机中心. */
    private record Book(long contract, long farm, long water, long farmLine, long farmPlatform, long waterVideo) {
    }

    private Book book() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long vendorId = id(Api.post(BASE + "/vendors", admin, "{\"name\":\"中移建设有限公司 " + tag + "\"}"));
        String farm = "市农机中心 " + tag;
        String water = "市水利局 " + tag;
        long farmId = id(Api.post(BASE + "/units", admin, "{\"name\":\"" + farm + "\"}"));
        long waterId = id(Api.post(BASE + "/units", admin, "{\"name\":\"" + water + "\"}"));
        long contract = id(Api.post(BASE + "/contracts", admin, "{\"vendorId\":" + vendorId + ",\"name\":\"B 包 " + tag
                + "\",\"period\":{\"start\":\"2026-06-10\",\"end\":\"2027-06-09\"},\"total\":11625000.00}"));
        Api.Reply imported = Api.upload(BASE + "/contracts/" + contract + "/items/import", admin, XLSX, Workbooks.xlsx("附件1",
                new String[][] {
                        {"序号", "单位名称", "运维项目名称", "主要运维内容"},
                        {"1", farm, "互联网专线", "100M 互联网专线租赁"},
                        {"2", "", "河南农机云平台（漯河平台）运维", "服务器及网站运维支持"},
                        {"3", water, "水闸视频监控运行维护", "视频监控平台运维"}}));
        assertEquals(200, imported.status(), imported::toString);
        JsonArray groups = Api.get(BASE + "/contracts/" + contract + "/items", admin).json().asJsonArray();
        JsonArray farmItems = groups.getJsonObject(0).getJsonArray("items");
        long waterVideo = groups.getJsonObject(1).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        unitName = "farm-" + tag;
        unit = Api.unitUserToken("luohe", unitName, farmId);
        return new Book(contract, farmId, waterId, farmItems.getJsonObject(0).getJsonNumber("id").longValue(),
                farmItems.getJsonObject(1).getJsonNumber("id").longValue(), waterVideo);
    }

    @Test
    void vendorLogsUnitConfirmsAndRatesAssessorEntersApproverExempts() {
        Book b = book();
        // an L2 fault entered open, then completed with the version read; a second completion on that version loses
        JsonObject fault = created(Api.post(LUOHE + "/faults", vendor, fault(b.contract(), b.farmPlatform(), 2,
                "2026-10-14T09:00:00+08:00", "2026-10-14T09:06:00+08:00", null)));
        String faultId = fault.getString("id");
        String restore = "{\"reported\":\"2026-10-14T09:00:00+08:00\",\"responded\":\"2026-10-14T09:06:00+08:00\","
                + "\"restored\":\"2026-10-14T12:30:00+08:00\",\"version\":" + fault.getInt("version") + "}";
        Api.Reply completed = Api.put(LUOHE + "/faults/" + faultId, vendor, restore);
        assertEquals(200, completed.status(), completed::toString);
        assertProblem(Api.put(LUOHE + "/faults/" + faultId, vendor, restore), 409, "version");
        int version = completed.json().asJsonObject().getInt("version");
        Api.Reply confirmed = Api.post(LUOHE + "/faults/" + faultId + "/confirmation", unit,
                "{\"confirmed\":\"2026-10-14T13:00:00+08:00\",\"version\":" + version + "}");
        assertEquals(200, confirmed.status(), confirmed::toString);
        JsonObject read = Api.get(LUOHE + "/faults/" + faultId, Api.token("luohe", "auditor")).json().asJsonObject();
        assertEquals(2, read.getInt("level"));
        assertEquals("2026-10-14T04:30:00Z", read.getString("restored"), "stored in UTC: 12:30+08 = 04:30Z");
        assertEquals("2026-10-14T05:00:00Z", read.getString("confirmed"));
        assertEquals(unitName, read.getString("confirmedBy"));

        String vulnerability = created(Api.post(LUOHE + "/vulnerabilities", vendor, "{\"contractId\":" + b.contract()
                + ",\"itemId\":" + b.farmPlatform() + ",\"severity\":\"CRITICAL\",\"description\":\"Fastjson 反序列化\","
                + "\"found\":\"2026-10-22T09:00:00+08:00\",\"responded\":\"2026-10-22T09:30:00+08:00\","
                + "\"fixed\":\"2026-10-23T15:00:00+08:00\"}")).getString("id");

        created(Api.post(LUOHE + "/visits", vendor, work(b.contract(), b.farm(), null, "2026-10-15T10:00:00+08:00", null)));
        created(Api.post(LUOHE + "/inspections", vendor, work(b.contract(), b.farm(), null, "2026-10-13T17:00:00+08:00", null)));
        created(Api.post(LUOHE + "/inspections", vendor, work(b.contract(), b.farm(), null, "2026-10-20T17:00:00+08:00", null)));
        created(Api.post(LUOHE + "/backups", vendor, work(b.contract(), b.farm(), b.farmPlatform(), "2026-10-18T02:00:00+08:00",
                "/backup/nj/20261018/full.dump")));
        String scan = created(Api.post(LUOHE + "/scans", vendor, work(b.contract(), b.farm(), b.farmPlatform(),
                "2026-10-25T14:00:00+08:00", null))).getString("id");
        byte[] pdf = "%PDF-1.7\n漏洞扫描报告\n%%EOF".getBytes(StandardCharsets.UTF_8);
        Api.Reply uploaded = Api.upload(LUOHE + "/scans/" + scan + "/reports?name=scan-2026-10.pdf", vendor, "application/pdf", pdf);
        assertEquals(201, uploaded.status(), uploaded::toString);
        long reportId = uploaded.json().asJsonObject().getJsonNumber("id").longValue();
        Api.Download report = Api.download(LUOHE + "/scans/" + scan + "/reports/" + reportId, assessor);
        assertEquals(200, report.status());
        assertEquals("application/pdf", report.contentType());
        assertArrayEquals(pdf, report.body());

        String monthly = created(Api.post(LUOHE + "/catalogue", assessor, "{\"contractId\":" + b.contract() + ",\"itemId\":"
                + b.farmPlatform() + ",\"title\":\"运维工作月报\"}")).getString("id");
        created(Api.post(LUOHE + "/catalogue", assessor, "{\"contractId\":" + b.contract() + ",\"itemId\":" + b.farmPlatform()
                + ",\"title\":\"巡检留痕记录\"}"));
        created(Api.post(LUOHE + "/documents", vendor, "{\"entry\":\"" + monthly + "\",\"month\":\"2026-10\","
                + "\"archivedAt\":\"2026-11-06T10:00:00+08:00\",\"reference\":\"平台上传：月报.pdf\"}"));

        String form = form(b.contract(), b.farm(), "\"SATISFIED\",\"SATISFIED\",\"BASICALLY_SATISFIED\",\"SATISFIED\",\"AVERAGE\"");
        String formId = created(Api.post(LUOHE + "/satisfaction-forms", unit, form)).getString("id");
        assertProblem(Api.post(LUOHE + "/satisfaction-forms", unit, form), 409, "month");
        assertEquals(unitName, Api.get(LUOHE + "/satisfaction-forms/" + formId, assessor).json().asJsonObject().getString("submittedBy"));

        String complaint = created(Api.post(LUOHE + "/deductions", assessor, deduction(b, "RESPONSIBLE_COMPLAINT", "3"))).getString("id");
        created(Api.post(LUOHE + "/penalties", assessor, penalty(b, "VIOLATION", "\"rate\":0.10")));
        created(Api.post(LUOHE + "/penalties", assessor, penalty(b, "ONSITE_STAFF_ABSENT", "\"amount\":20000.00")));
        created(Api.post(LUOHE + "/exemptions", approver, "{\"record\":\"" + vulnerability + "\",\"reason\":\"机房所在楼宇停电抢修\"}"));
        assertProblem(Api.post(LUOHE + "/exemptions", approver, "{\"record\":\"" + vulnerability + "\",\"reason\":\"再次\"}"),
                409, "record");

        // the month as the assessment reads it
        JsonObject october = month(b, assessor);
        assertEquals("2026-10-09T16:00:00Z", october.getString("start"), "2026-10-10T00:00+08");
        assertEquals("2026-11-09T16:00:00Z", october.getString("end"));
        JsonArray units = october.getJsonArray("units");
        assertEquals(2, units.size());
        JsonObject farm = unit(units, b.farm());
        assertEquals(Arrays.asList(String.valueOf(b.farmPlatform())), farm.getJsonArray("systemIds").getValuesAs(
                v -> ((jakarta.json.JsonString) v).getString()));
        assertEquals(faultId, farm.getJsonArray("faults").getJsonObject(0).getString("id"));
        assertEquals(vulnerability, farm.getJsonArray("vulnerabilities").getJsonObject(0).getString("id"));
        assertEquals(5, farm.getJsonArray("work").size(), "a visit, two inspections, a backup and a scan");
        assertEquals(1, farm.getJsonObject("documents").getInt("present"));
        assertEquals(2, farm.getJsonObject("documents").getInt("required"));
        assertEquals("AVERAGE", farm.getJsonObject("satisfactionForm").getJsonArray("ratings").getString(4));
        assertEquals(JsonValue.ValueType.NULL, valueOrNull(unit(units, b.water()), "satisfactionForm"),
                "市水利局 did not submit: absent, counted as satisfied by the rule");
        assertEquals(2, october.getJsonArray("previousMonthUnits").size(), "2026-09 is a month of the contract");
        assertEquals(complaint, october.getJsonArray("deductionItems").getJsonObject(0).getString("id"));
        assertEquals(new BigDecimal("3.00"), october.getJsonArray("deductionItems").getJsonObject(0).getJsonNumber("points")
                .bigDecimalValue().setScale(2));
        assertEquals(2, october.getJsonArray("moneyPenalties").size());
        assertTrue(october.getJsonObject("exemptions").getString(vulnerability)
                .startsWith("机房所在楼宇停电抢修"));
    }

    @Test
    void rolesAndTenants() {
        Book b = book();
        assertEquals(403, Api.post(LUOHE + "/deductions", vendor, deduction(b, "RESPONSIBLE_COMPLAINT", "3")).status(),
                "a vendor cannot deduct from itself");
        assertEquals(403, Api.post(LUOHE + "/penalties", vendor, penalty(b, "ONSITE_STAFF_ABSENT", "\"amount\":20000")).status());
        assertEquals(403, Api.post(LUOHE + "/visits", unit, work(b.contract(), b.farm(), null, "2026-10-15T10:00:00+08:00",
                null)).status(), "a unit does not log the vendor's work");
        assertEquals(403, Api.post(LUOHE + "/exemptions", assessor, "{\"record\":\"fault-1\",\"reason\":\"x\"}").status());
        assertEquals(403, Api.post(LUOHE + "/satisfaction-forms", assessor,
                form(b.contract(), b.farm(), "\"SATISFIED\",\"SATISFIED\",\"SATISFIED\",\"SATISFIED\",\"SATISFIED\"")).status());
        // the unit login speaks for 市农机中心: not for 市水利局, neither its form nor its faults
        assertProblem(Api.post(LUOHE + "/satisfaction-forms", unit,
                form(b.contract(), b.water(), "\"SATISFIED\",\"SATISFIED\",\"SATISFIED\",\"SATISFIED\",\"SATISFIED\"")), 403, "unitId");
        JsonObject waterFault = created(Api.post(LUOHE + "/faults", vendor, fault(b.contract(), b.waterVideo(), 1,
                "2026-10-20T08:00:00+08:00", "2026-10-20T08:05:00+08:00", "2026-10-20T09:00:00+08:00")));
        assertProblem(Api.post(LUOHE + "/faults/" + waterFault.getString("id") + "/confirmation", unit,
                "{\"confirmed\":\"2026-10-20T10:00:00+08:00\",\"version\":" + waterFault.getInt("version") + "}"), 403, "id");
        assertEquals(403, Api.get(LUOHE + "/contracts/" + b.contract() + "/months/2026-10", unit).status());

        // another tenant: a luohe token on ordos' path is refused; ordos cannot see luohe's records
        String ordosAdmin = Api.token("ordos", "tenant-admin");
        assertEquals(401, Api.get(LUOHE + "/faults/" + waterFault.getString("id"), ordosAdmin).status());
        assertProblem(Api.get("/api/v1/tenants/ordos/om-monthly/faults/" + waterFault.getString("id"), ordosAdmin), 404, "id");
        assertProblem(Api.get("/api/v1/tenants/ordos/om-monthly/contracts/" + b.contract() + "/months/2026-10", ordosAdmin),
                404, "contractId");
    }

    @Test
    void badInputIsNamedAndNothingIsStored() {
        Book b = book();
        long c = b.contract();
        String scan = created(Api.post(LUOHE + "/scans", vendor, work(c, b.farm(), b.farmPlatform(), "2026-10-25T14:00:00+08:00",
                null))).getString("id");
        String before = month(b, assessor).toString();
        assertProblem(Api.post(LUOHE + "/faults", vendor, fault(c, b.farmPlatform(), 1, "2026-10-20T08:00:00+08:00",
                "2026-10-20T08:05:00+08:00", "2026-10-20T07:00:00+08:00")), 400, "restored");
        assertProblem(Api.post(LUOHE + "/faults", vendor, fault(c, b.farmPlatform(), 1, "2099-01-01T08:00:00+08:00",
                null, null)), 400, "reported");
        assertProblem(Api.post(LUOHE + "/faults", vendor, fault(c, b.farmPlatform(), 5, "2026-10-20T08:00:00+08:00",
                null, null)), 400, "level");
        assertProblem(Api.post(LUOHE + "/faults", vendor, fault(c, 987654321L, 1, "2026-10-20T08:00:00+08:00", null, null)),
                400, "itemId");
        assertProblem(Api.post(LUOHE + "/backups", vendor, work(c, b.farm(), b.waterVideo(), "2026-10-18T02:00:00+08:00",
                "/backup/x")), 400, "itemId");
        assertProblem(Api.post(LUOHE + "/visits", vendor, work(c, 987654321L, null, "2026-10-18T02:00:00+08:00", null)),
                400, "unitId");
        assertProblem(Api.post(LUOHE + "/visits", vendor, work(c, b.farm(), null, "2099-10-18T02:00:00+08:00", null)),
                400, "at");
        assertProblem(Api.post(LUOHE + "/backups", vendor, work(c, b.farm(), b.farmPlatform(), "2026-10-18T02:00:00+08:00",
                null)), 400, "backupPath");
        assertProblem(Api.post(LUOHE + "/satisfaction-forms", unit,
                form(c, b.farm(), "\"SATISFIED\",\"SATISFIED\",\"VERY_HAPPY\",\"SATISFIED\",\"SATISFIED\"")), 400, "ratings[2]");
        assertProblem(Api.post(LUOHE + "/satisfaction-forms", unit,
                form(c, b.farm(), "\"SATISFIED\",\"SATISFIED\",\"SATISFIED\",\"SATISFIED\"")), 400, "ratings");
        assertProblem(Api.post(LUOHE + "/deductions", assessor, deduction(b, "RESPONSIBLE_COMPLAINT", "11")), 400, "points");
        assertProblem(Api.post(LUOHE + "/deductions", assessor, deduction(b, "CRITICISM_CITY", "4")), 400, "points");
        assertProblem(Api.post(LUOHE + "/deductions", assessor, deduction(b, "RESPONSIBLE_COMPLAINT", "\"three\"")), 400, "points");
        assertProblem(Api.post(LUOHE + "/deductions", assessor, deduction(b, "NO_SUCH_KIND", "3")), 400, "kind");
        assertProblem(Api.post(LUOHE + "/penalties", assessor, penalty(b, "ONSITE_STAFF_ABSENT", "\"amount\":-5")), 400, "amount");
        assertProblem(Api.post(LUOHE + "/penalties", assessor, penalty(b, "ONSITE_STAFF_ABSENT", "\"amount\":\"abc\"")), 400, "amount");
        assertProblem(Api.post(LUOHE + "/penalties", assessor, penalty(b, "VIOLATION", "\"rate\":0.50")), 400, "rate");
        assertProblem(Api.post(LUOHE + "/penalties", assessor, penalty(b, "VIOLATION", "\"rate\":0.2")
                .replace("\"month\":\"2026-10\"", "\"month\":\"2028-01\"")), 400, "month");
        assertProblem(Api.post(LUOHE + "/exemptions", approver, "{\"record\":\"fault-987654321\",\"reason\":\"台风\"}"), 400, "record");

        assertProblem(Api.upload(LUOHE + "/scans/" + scan + "/reports?name=r.pdf", vendor, "application/pdf",
                "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)), 400, "report");
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
        assertProblem(Api.upload(LUOHE + "/scans/" + scan + "/reports?name=r.pdf", vendor, "application/pdf", huge), 413, "report");
        assertEquals(0, Api.get(LUOHE + "/scans/" + scan + "/reports", assessor).json().asJsonArray().size());

        assertEquals(before, month(b, assessor).toString(), "nothing of the refused entries is in the book");
    }

    private JsonObject month(Book b, String token) {
        Api.Reply reply = Api.get(LUOHE + "/contracts/" + b.contract() + "/months/2026-10", token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }

    private static JsonObject unit(JsonArray units, long unitId) {
        return units.stream().map(JsonValue::asJsonObject).filter(u -> u.getString("unitId").equals(String.valueOf(unitId)))
                .findFirst().orElseThrow();
    }

    private static JsonValue.ValueType valueOrNull(JsonObject object, String key) {
        return object.containsKey(key) ? object.get(key).getValueType() : JsonValue.ValueType.NULL;
    }

    private static String fault(long contract, long item, int level, String reported, String responded, String restored) {
        return "{\"contractId\":" + contract + ",\"itemId\":" + item + ",\"level\":" + level + ",\"description\":\"平台登录异常\","
                + "\"reported\":\"" + reported + "\"" + (responded == null ? "" : ",\"responded\":\"" + responded + "\"")
                + (restored == null ? "" : ",\"restored\":\"" + restored + "\"") + "}";
    }

    private static String work(long contract, long unitId, Long item, String at, String backupPath) {
        return "{\"contractId\":" + contract + ",\"unitId\":" + unitId + (item == null ? "" : ",\"itemId\":" + item)
                + ",\"at\":\"" + at + "\",\"note\":\"运维记录\"" + (backupPath == null ? "" : ",\"backupPath\":\"" + backupPath + "\"") + "}";
    }

    private static String form(long contract, long unitId, String ratings) {
        return "{\"contractId\":" + contract + ",\"unitId\":" + unitId + ",\"month\":\"2026-10\",\"ratings\":[" + ratings
                + "],\"accident\":false,\"suggestions\":\"保持\"}";
    }

    private static String deduction(Book b, String kind, String points) {
        return "{\"contractId\":" + b.contract() + ",\"month\":\"2026-10\",\"kind\":\"" + kind + "\",\"points\":" + points
                + ",\"reason\":\"有责投诉\",\"evidence\":\"投诉记录 2026-10-21\",\"unitId\":" + b.farm() + ",\"itemId\":"
                + b.farmPlatform() + "}";
    }

    private static String penalty(Book b, String kind, String figure) {
        return "{\"contractId\":" + b.contract() + ",\"month\":\"2026-10\",\"kind\":\"" + kind + "\"," + figure
                + ",\"reason\":\"驻场/违规\",\"evidence\":\"考勤表\"}";
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }

    private static long id(Api.Reply reply) {
        return created(reply).getJsonNumber("id").longValue();
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(field, reply.json().asJsonObject().getString("field"), reply::toString);
    }
}
