package org.perfportal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.reports.PdfAssertions.embeddedNotoText;
import static org.perfportal.reports.PdfAssertions.hasNumericCell;
import static org.perfportal.reports.PdfAssertions.hasTextCell;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.OmContracts;
import org.perfportal.it.OmContracts.Contract;
import org.perfportal.it.PortalIT;

/**
 * The Luohe documents downloaded through the API on the real stack — the 运维月度考核表 of a stored month
 * result, the 付款计划及结算表 of the contract and a unit's filled 满意度评价表 (附件4.1) — each as PDF and
 * XLSX, directly and as a background job, checked against the figures the API answers for the same
 * result.
 *
 * <p>The month is June 2026 of a fresh B 包-like contract ({@link OmContracts}) with no records, as
 * in {@code OmMonthIT}: 7 units with systems and no work 30 + 0 + 30 + 10 = 70, 3 line-lease-only
 * units 100; mean (7 × 70 + 3 × 100) / 10 = 79.00 → 一般, 20% × 968,750.00 = 193,750.00
 * (壹拾玖万叁仟柒佰伍拾元整). Installment 1 = 11,625,000.00 / 4 = 2,906,250.00 (贰佰玖拾万陆仟贰佰伍拾元整);
 * with June approved and July, August not assessed it nets 2,906,250.00 − 193,750.00 = 2,712,500.00,
 * provisional, so the schedule prints 草稿.
 */
@PortalIT
class OmDocumentsIT {

    private static final String BASE = "/api/v1/tenants/luohe";
    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TENANT_NAME = "漯河市政务大数据中心";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String admin = Api.token("luohe", "tenant-admin");
    private final String assessor = Api.token("luohe", "assessor");
    private final String approver = Api.token("luohe", "approver");
    private final String vendor = Api.token("luohe", "vendor");
    private final String finance = Api.token("luohe", "finance");
    private final String auditor = Api.token("luohe", "auditor");

    @Test
    void theMonthSheetPrintsTheStoredResultDraftUntilApproved() throws InterruptedException {
        Contract c = OmContracts.register(admin);
        JsonObject june = computed(c, "2026-06");
        assertAmount("79.00", june.getJsonNumber("score").bigDecimalValue());
        String path = c.assessments() + "/" + june.getJsonNumber("id").longValue() + "/document";
        String unitName = june.getJsonArray("units").stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("unitId").equals(String.valueOf(c.unit(3)))).findFirst().orElseThrow()
                .getString("unitName");
        String score = june.getJsonNumber("score").bigDecimalValue().setScale(2).toPlainString();

        Api.Download pdf = Api.download(path + "?format=pdf", finance);
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals(PDF, pdf.contentType());
        assertContainsAll(embeddedNotoText(pdf.body()), "政务信息系统一体化运维月度考核表", TENANT_NAME,
                "2026年6月（2026-06-10 至 2026-07-09）", "luohe-2025", "草稿", "中移建设有限公司 " + c.tag(),
                "使用单位：" + unitName, "满意度评价", "日常工作", "异常处置", "运维资料", "服务商月度得分", score,
                june.getString("gradeLabel"), yuan(june.getJsonObject("monthlyFee")), yuan(june.getJsonObject("gradeDeduction")),
                june.getJsonObject("moneyDeducted").getString("capitals"), "¥968,750.00", "一般", "壹拾玖万叁仟柒佰伍拾元整");

        // DOMAIN §1: a draft is not published to the vendor, so neither is its sheet.
        assertEquals(404, Api.download(path + "?format=xlsx", vendor).status());
        Api.Download xlsx = Api.download(path + "?format=xlsx", finance);
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertEquals(XLSX, xlsx.contentType());
        assertTrue(hasNumericCell(xlsx.body(), score), "the XLSX keeps the vendor score as a number");
        assertTrue(hasTextCell(xlsx.body(), june.getString("gradeLabel")));

        // Approved, it is no longer a draft; the vendor downloads it in the background.
        approve(c, june);
        Api.Reply accepted = Api.get(path + "?format=pdf&async=true", vendor);
        assertEquals(202, accepted.status(), accepted::toString);
        String published = embeddedNotoText(finishedJob(accepted, vendor));
        assertFalse(published.contains("草稿"), "an approved month is not a draft");
        assertTrue(published.contains(score));
    }

    @Test
    void theScheduleCarriesTheInstallmentInFiguresAndCapitals() throws InterruptedException {
        Contract c = OmContracts.register(admin);
        String document = c.schedule() + "/document";
        // No month approved yet: nothing to settle, a problem and not an empty table.
        Api.Reply none = Api.get(document + "?format=pdf", finance);
        assertProblem(none, 409, "months");
        approve(c, computed(c, "2026-06"));

        JsonObject first = Api.get(c.schedule(), finance).json().asJsonObject().getJsonArray("installments").getJsonObject(0);
        assertAmount("2906250.00", first.getJsonObject("amount").getJsonNumber("value").bigDecimalValue());
        assertAmount("2712500.00", first.getJsonObject("netPayable").getJsonNumber("value").bigDecimalValue());
        JsonObject juneLine = first.getJsonArray("months").getJsonObject(0);

        Api.Download pdf = Api.download(document + "?format=pdf", finance);
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals(PDF, pdf.contentType());
        assertContainsAll(embeddedNotoText(pdf.body()), "付款计划及结算表", TENANT_NAME, "服务期限 2026-06-10 至 2027-06-09",
                "luohe-2025", "草稿", "¥11,625,000.00", "壹仟壹佰陆拾贰万伍仟元整", "¥968,750.00", "玖拾陆万捌仟柒佰伍拾元整",
                "第1期", yuan(first.getJsonObject("amount")), "¥2,906,250.00", "贰佰玖拾万陆仟贰佰伍拾元整",
                first.getJsonObject("amount").getString("capitals"), juneLine.getString("gradeLabel"), "一般", "20%",
                "193,750.00", "2,712,500.00", first.getJsonObject("netPayable").getString("capitals"),
                "贰佰柒拾壹万贰仟伍佰元整", "未考核", "2026-07-10 至 2026-08-09");

        Api.Download xlsx = Api.download(document + "?format=xlsx", auditor);
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertEquals(XLSX, xlsx.contentType());
        assertTrue(hasNumericCell(xlsx.body(), "2712500.00"), "the XLSX keeps the net payable as a number");

        Api.Reply accepted = Api.get(document + "?format=xlsx&async=true", admin);
        assertEquals(202, accepted.status(), accepted::toString);
        assertTrue(hasNumericCell(finishedJob(accepted, admin), "2712500.00"));
    }

    /**
    * 市政协 rates July 满意, 基本满意, 一般, 满意, 不满意 with no accident: the filled form ticks those five levels
    * and 否 (six ticks), and prints the reasons and suggestions; only that unit's login (and the reading
    * roles) may have it.
    */
    @Test
    void theFilledFormTicksWhatTheUnitChose() {
        Contract c = OmContracts.register(admin);
        String unit = Api.unitUserToken("luohe", c.unit(3));
        Api.Reply submitted = Api.post(BASE + "/om-monthly/satisfaction-forms", unit, "{\"contractId\":" + c.id() + ",\"unitId\":"
                + c.unit(3) + ",\"month\":\"2026-07\",\"ratings\":[\"SATISFIED\",\"BASICALLY_SATISFIED\",\"AVERAGE\","
                + "\"SATISFIED\",\"DISSATISFIED\"],\"accident\":false,\"reasons\":\"7月周末故障响应慢\","
                + "\"suggestions\":\"建议增加周末值守\"}");
        assertEquals(201, submitted.status(), submitted::toString);
        String id = submitted.json().asJsonObject().getString("id");
        String document = BASE + "/om-monthly/satisfaction-forms/" + id + "/document";

        Api.Download pdf = Api.download(document + "?format=pdf", unit);
        assertEquals(200, pdf.status(), pdf::toString);
        String text = embeddedNotoText(pdf.body());
        assertContainsAll(text, "政务信息系统运维满意度评价表", TENANT_NAME, "市政协 " + c.tag(),
                "2026年7月（2026-07-10 至 2026-08-09）", "7月周末故障响应慢", "建议增加周末值守");
        assertEquals(6, text.chars().filter(ch -> ch == '√').count(), text);
        assertFalse(text.contains("草稿"), "a submitted form is final");

        Api.Download xlsx = Api.download(document + "?format=xlsx", assessor);
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertTrue(hasTextCell(xlsx.body(), "市政协 " + c.tag()));

        // Finance does not read forms; a login of another unit reads neither the form nor its document.
        assertEquals(403, Api.get(document, finance).status());
        String otherUnit = Api.unitUserToken("luohe", c.unit(0));
        assertProblem(Api.get(document, otherUnit), 403, "id");
        assertProblem(Api.get(BASE + "/om-monthly/satisfaction-forms/" + id, otherUnit), 403, "id");
        assertProblem(Api.get(BASE + "/om-monthly/satisfaction-forms/satisfaction-999999999/document", assessor), 404, "id");
        assertProblem(Api.get("/api/v1/tenants/ordos/om-monthly/satisfaction-forms/" + id + "/document",
                Api.token("ordos", "assessor")), 404, "id");
    }

    /**
     * A year of month sheets (年度汇编) holds the months in force only: June (79.00 一般) and July (34.00 较差,
     * no records in its second month: every system's two-month lapse, see OmMonthIT) approved, August
     * computed but not approved → the 2026 document has June's then July's sheets for every unit of the
     * contract, not August's, and is no draft. No approved month in 2027 → 404 {@code year}; no year or a
     * malformed one → 400 {@code year}; the tenant admin does not read results → 403.
     */
    @Test
    void aYearOfMonthSheetsHoldsTheApprovedMonthsInOrder() throws InterruptedException {
        Contract c = OmContracts.register(admin);
        JsonObject june = computed(c, "2026-06");
        JsonObject july = computed(c, "2026-07");
        approve(c, june);
        approve(c, july);
        computed(c, "2026-08");
        assertAmount("79.00", june.getJsonNumber("score").bigDecimalValue());
        assertAmount("34.00", july.getJsonNumber("score").bigDecimalValue());
        String year = c.assessments() + "/document?year=2026";

        Api.Reply accepted = Api.get(year + "&format=pdf&async=true", finance);
        assertEquals(202, accepted.status(), accepted::toString);
        String text = embeddedNotoText(finishedJob(accepted, finance));
        assertContainsAll(text, "政务信息系统一体化运维月度考核表", TENANT_NAME, "2026年（2 个月的生效考核结果）", "luohe-2025",
                "考核月份：2026年6月（2026-06-10 至 2026-07-09）", "考核月份：2026年7月（2026-07-10 至 2026-08-09）",
                "79.00", "34.00", "一般", "较差");
        assertFalse(text.contains("2026年8月"), "August has no approved result");
        assertFalse(text.contains("草稿"), "results in force are approved");
        int julyStarts = text.indexOf("考核月份：2026年7月");
        june.getJsonArray("units").stream().map(u -> u.asJsonObject().getString("unitName")).forEach(unit -> {
            int inJune = text.indexOf("使用单位：" + unit);
            assertTrue(inJune >= 0 && inJune < julyStarts, unit + " has its June sheet before July's");
            assertTrue(text.indexOf("使用单位：" + unit, julyStarts) > julyStarts, unit + " has its July sheet");
        });

        Api.Download xlsx = Api.download(year + "&format=xlsx", auditor);
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertTrue(hasNumericCell(xlsx.body(), "34.00"), "July's vendor score is a number in the workbook");

        assertProblem(Api.get(c.assessments() + "/document?year=2027", finance), 404, "year");
        assertProblem(Api.get(c.assessments() + "/document?year=26", finance), 400, "year");
        assertProblem(Api.get(c.assessments() + "/document", finance), 400, "year");
        assertEquals(403, Api.get(year, admin).status());
    }

    @Test
    void badRequestsAreProblemsAndNeverFiles() {
        Contract c = OmContracts.register(admin);
        long id = computed(c, "2026-06").getJsonNumber("id").longValue();
        String month = c.assessments() + "/" + id + "/document";
        String schedule = c.schedule() + "/document";

        assertProblem(Api.get(month + "?format=docx", finance), 400, "format");
        assertProblem(Api.get(schedule + "?format=docx", finance), 400, "format");
        // Roles that do not read results (tenant admin, unit) or the schedule (vendor).
        assertEquals(403, Api.get(month, admin).status());
        assertEquals(403, Api.get(month, Api.token("luohe", "unit")).status());
        assertEquals(403, Api.get(schedule, vendor).status());
        // Unknown ids, and Luohe's ids under another tenant.
        assertProblem(Api.get(c.assessments() + "/999999999/document", finance), 404, "id");
        String ordosFinance = Api.token("ordos", "finance");
        assertEquals(404, Api.get("/api/v1/tenants/ordos/om-monthly/contracts/" + c.id() + "/assessments/" + id + "/document",
                ordosFinance).status());
        assertEquals(404, Api.get("/api/v1/tenants/ordos/om-monthly/contracts/" + c.id() + "/payment-schedule/document",
                ordosFinance).status());
        assertEquals(401, Api.get(month, ordosFinance).status());
    }

    // ---------------------------------------------------------------- helpers

    private JsonObject computed(Contract c, String month) {
        Api.Reply reply = Api.post(c.assessments(), assessor, "{\"month\":\"" + month + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }

    private void approve(Contract c, JsonObject draft) {
        String path = c.assessments() + "/" + draft.getJsonNumber("id").longValue();
        Api.Reply submitted = Api.post(path + "/submit", assessor, version(draft));
        assertEquals(200, submitted.status(), submitted::toString);
        Api.Reply approved = Api.post(path + "/approve", approver, version(submitted.json().asJsonObject()));
        assertEquals(200, approved.status(), approved::toString);
    }

    /** Polls a document job started with {@code async=true} until it is done, and downloads its file. */
    private static byte[] finishedJob(Api.Reply accepted, String token) throws InterruptedException {
        String job = URI.create(accepted.json().asJsonObject().getString("self")).getPath();
        JsonObject status = accepted.json().asJsonObject();
        for (int i = 0; i < 120 && status.getString("status").equals("RUNNING"); i++) {
            Thread.sleep(250);
            status = Api.get(job, token).json().asJsonObject();
        }
        assertEquals("DONE", status.getString("status"), status::toString);
        Api.Download file = Api.download(job + "/file", token);
        assertEquals(200, file.status(), file::toString);
        return file.body();
    }

    /** An API amount as the documents print it: {@code ¥968,750.00}. */
    private static String yuan(JsonObject amount) {
        return "¥" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(amount.getJsonNumber("value").bigDecimalValue());
    }

    private static String version(JsonObject result) {
        return "{\"version\":" + result.getJsonNumber("version") + "}";
    }

    private static void assertContainsAll(String text, String... expected) {
        String[] missing = Arrays.stream(expected).filter(e -> !text.contains(e)).toArray(String[]::new);
        assertEquals(0, missing.length, () -> "the document lacks " + Arrays.toString(missing) + " in:\n" + text);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(field, reply.json().asJsonObject().getString("field"), reply::toString);
    }
}
