package org.perfportal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.reports.PdfAssertions.embeddedNotoText;
import static org.perfportal.reports.PdfAssertions.hasNumericCell;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/**
 * The Ordos half-year table (电子政务外网支撑保障服务考核表（半年考核）, DOMAIN §3 and §6 item 5) and the
 * blank Luohe satisfaction form (附件4.1) downloaded through the API on the real stack, directly and
 * as a background job.
 *
 * <p>The scenario is 2025-H1, which no other test computes, and enters no extranet line, so the
 * line fees other tests rely on are untouched: two ad-hoc inspection findings (不定期巡查) of
 * 1,000.00 and 340.00 → 总计 1,340.00 (壹仟叁佰肆拾元整); the half-year report handed in on
 * 2025-07-03, before its due date 07-05, costs nothing; a contract covering 2025-H1 with a final
 * payment of 50,000.00 → payable 50,000.00 − 1,340.00 = 48,660.00 (肆万捌仟陆佰陆拾元整).
 */
@PortalIT
class ExtranetDocumentIT {

    private static final String BASE = "/api/v1/tenants/ordos";
    private static final String ASSESSMENTS = BASE + "/extranet/assessments";

    /** The computed 2025-H1 result, shared by the tests (computed once per run). */
    private static JsonObject computed;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String assessor = Api.token("ordos", "assessor");
    private final String finance = Api.token("ordos", "finance");

    @Test
    void theTableDownloadsAsPdfAndXlsxMarkedDraftUntilApproved() {
        JsonObject result = firstHalf2025();
        String path = ASSESSMENTS + "/" + result.getJsonNumber("id").longValue() + "/document";

        Api.Download pdf = Api.download(path + "?format=pdf", finance);
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.disposition().contains(".pdf"), pdf.disposition());
        String text = embeddedNotoText(pdf.body());
        for (String expected : new String[] {"电子政务外网支撑保障服务考核表（半年考核）", "鄂托克旗政务服务与数据管理局",
                "2025年上半年（2025-H1）", "ordos-2025", "草稿", "考核类别", "是否扣款", "甲方扣罚说明", "不定期巡查",
                "机房接地不规范", "线路标签缺失", "1,340.00", "壹仟叁佰肆拾元整", "¥50,000.00", "¥48,660.00",
                "肆万捌仟陆佰陆拾元整", "2025-01-01 至 2025-06-30", "服务商签字", "考核单位签字"}) {
            assertTrue(text.contains(expected), "the PDF lacks " + expected);
        }

        Api.Download xlsx = Api.download(path + "?format=XLSX", finance);
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.contentType());
        assertTrue(hasNumericCell(xlsx.body(), "1340.00"), "the XLSX keeps the total 1,340.00 as a number");

        // Submitted and approved, the vendor downloads it: no longer a draft.
        String id = ASSESSMENTS + "/" + result.getJsonNumber("id").longValue();
        JsonObject submitted = Api.post(id + "/submit", assessor, version(result)).json().asJsonObject();
        Api.Reply approved = Api.post(id + "/approve", Api.token("ordos", "approver"), version(submitted));
        assertEquals(200, approved.status(), approved::toString);
        String published = embeddedNotoText(Api.download(path, Api.token("ordos", "vendor")).body());
        assertFalse(published.contains("草稿"), "an approved result is not a draft");
        assertTrue(published.contains("1,340.00"));
    }

    @Test
    void badRequestsAreProblemsAndNeverFiles() {
        long id = firstHalf2025().getJsonNumber("id").longValue();
        String path = ASSESSMENTS + "/" + id + "/document";

        Api.Reply unknownFormat = Api.get(path + "?format=docx", finance);
        assertProblem(unknownFormat, 400);
        assertEquals("format", unknownFormat.json().asJsonObject().getString("field"));
        // A using unit does not read Ordos results.
        assertEquals(403, Api.get(path, Api.token("ordos", "unit")).status());
        // Another tenant's id: under Luohe it does not exist (and a Luohe token does not enter Ordos).
        String luohe = Api.token("luohe", "finance");
        assertProblem(Api.get("/api/v1/tenants/luohe/extranet/assessments/" + id + "/document", luohe), 404);
        assertEquals(401, Api.get(path, luohe).status());
        // No such assessment.
        assertProblem(Api.get(ASSESSMENTS + "/999999999/document", finance), 404);
    }

    /** ?async=true: 202 with the job's location, progress while it runs, the same file when done; the job is its owner's. */
    @Test
    void aBackgroundJobReportsProgressAndServesTheFile() throws InterruptedException {
        long id = firstHalf2025().getJsonNumber("id").longValue();
        Api.Reply accepted = Api.get(ASSESSMENTS + "/" + id + "/document?format=pdf&async=true", finance);
        assertEquals(202, accepted.status(), accepted::toString);
        String job = URI.create(accepted.json().asJsonObject().getString("self")).getPath();
        assertTrue(job.startsWith(BASE + "/documents/jobs/"), job);

        JsonObject status = accepted.json().asJsonObject();
        for (int i = 0; i < 120 && status.getString("status").equals("RUNNING"); i++) {
            Thread.sleep(250);
            status = Api.get(job, finance).json().asJsonObject();
        }
        assertEquals("DONE", status.getString("status"), status::toString);
        assertTrue(status.getInt("pagesTotal") >= 1, status::toString);
        assertEquals(status.getInt("pagesTotal"), status.getInt("pagesDone"), status::toString);
        assertEquals(status.getJsonNumber("rowsTotal").longValue(), status.getJsonNumber("rowsDone").longValue(), status::toString);

        Api.Download file = Api.download(job + "/file", finance);
        assertEquals(200, file.status(), file::toString);
        assertEquals("application/pdf", file.contentType());
        assertTrue(embeddedNotoText(file.body()).contains("1,340.00"));

        // Another user of the tenant, another tenant: no such job.
        assertProblem(Api.get(job, Api.token("ordos", "auditor")), 404);
        String jobId = job.substring(job.lastIndexOf('/') + 1);
        assertProblem(Api.get("/api/v1/tenants/luohe/documents/jobs/" + jobId, Api.token("luohe", "finance")), 404);
        assertProblem(Api.get(BASE + "/documents/jobs/" + UUID.randomUUID(), finance), 404);
    }

    /** The blank 附件4.1 of a Luohe unit for a month, for any Luohe role; bad month and foreign unit refused. */
    @Test
    void theBlankSatisfactionFormCarriesTheUnitAndTheMonth() {
        String admin = Api.token("luohe", "tenant-admin");
        String name = "漯河市测试局 " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply unit = Api.post("/api/v1/tenants/luohe/units", admin, "{\"name\":\"" + name + "\",\"kind\":\"DEPARTMENT\"}");
        assertEquals(201, unit.status(), unit::toString);
        long unitId = unit.json().asJsonObject().getJsonNumber("id").longValue();
        String blank = "/api/v1/tenants/luohe/om-monthly/satisfaction-forms/blank?unitId=" + unitId;

        Api.Download pdf = Api.download(blank + "&month=2026-07", Api.token("luohe", "unit"));
        assertEquals(200, pdf.status(), pdf::toString);
        String text = embeddedNotoText(pdf.body());
        for (String expected : new String[] {"政务信息系统运维满意度评价表", name, "2026年7月", "运维服务对接情况", "基本满意",
                "是否发生运维事故", "意见建议", "漯河市政务大数据中心"}) {
            assertTrue(text.contains(expected), "the form lacks " + expected);
        }
        assertEquals(200, Api.download(blank + "&month=2026-07&format=xlsx", Api.token("luohe", "vendor")).status());

        Api.Reply badMonth = Api.get(blank + "&month=July", admin);
        assertProblem(badMonth, 400);
        assertEquals("month", badMonth.json().asJsonObject().getString("field"));
        assertProblem(Api.get("/api/v1/tenants/luohe/om-monthly/satisfaction-forms/blank?month=2026-07", admin), 400);
        // A unit of Ordos is not a Luohe unit.
        Api.Reply ordosUnit = Api.post(BASE + "/units", Api.token("ordos", "tenant-admin"),
                "{\"name\":\"乌兰镇 " + UUID.randomUUID() + "\",\"kind\":\"DEPARTMENT\"}");
        assertProblem(Api.get("/api/v1/tenants/luohe/om-monthly/satisfaction-forms/blank?month=2026-07&unitId="
                + ordosUnit.json().asJsonObject().getJsonNumber("id").longValue(), admin), 404);
    }

    /** 2025-H1 computed once: a covering contract, the report on time, two ad-hoc findings (1,000.00 + 340.00). */
    private static synchronized JsonObject firstHalf2025() {
        if (computed == null) {
            String admin = Api.token("ordos", "tenant-admin");
            String assessor = Api.token("ordos", "assessor");
            Api.Reply vendor = Api.post(BASE + "/vendors", admin, "{\"name\":\"鄂托克旗移动 " + UUID.randomUUID()
                    + "\",\"contact\":{\"person\":\"王芳\",\"phone\":\"0477-6213333\"}}");
            assertEquals(201, vendor.status(), vendor::toString);
            Api.Reply contract = Api.post(BASE + "/extranet/contracts", admin, "{\"vendorId\":"
                    + vendor.json().asJsonObject().getJsonNumber("id") + ",\"name\":\"电子政务外网支撑保障服务合同（2025上半年）\","
                    + "\"number\":\"OTG-2025-H1-" + UUID.randomUUID() + "\",\"servicePeriod\":{\"start\":\"2025-01-01\","
                    + "\"end\":\"2025-06-30\"},\"finalPayment\":50000.00}");
            assertEquals(201, contract.status(), contract::toString);
            assertEquals(201, Api.post(BASE + "/extranet/reports", Api.token("ordos", "vendor"),
                    "{\"period\":\"2025-H1\",\"submittedOn\":\"2025-07-03\"}").status());
            assertEquals(201, Api.post(BASE + "/extranet/ad-hoc-findings", assessor,
                    "{\"foundOn\":\"2025-03-12\",\"amount\":1000.00,\"reason\":\"机房接地不规范\"}").status());
            assertEquals(201, Api.post(BASE + "/extranet/ad-hoc-findings", assessor,
                    "{\"foundOn\":\"2025-05-20\",\"amount\":340.00,\"reason\":\"线路标签缺失\"}").status());
            Api.Reply reply = Api.post(ASSESSMENTS, assessor, "{\"period\":\"2025-H1\"}");
            assertEquals(201, reply.status(), reply::toString);
            computed = reply.json().asJsonObject();
            assertEquals(0, new BigDecimal("1340.00").compareTo(computed.getJsonNumber("total").bigDecimalValue()),
                    computed::toString);
        }
        return computed;
    }

    private static String version(JsonObject result) {
        return "{\"version\":" + result.getJsonNumber("version") + "}";
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
    }
}
