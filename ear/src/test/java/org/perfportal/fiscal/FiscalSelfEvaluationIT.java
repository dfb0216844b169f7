package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/**
 * Shanghai's fiscal project performance self-evaluation (财政项目绩效自评, DOMAIN.md §5) through the
 * API on the real stack: the 2020 forms entered by the implementing unit, submitted, and their
 * golden figures computed from their own amounts and indicator rows; the printed figures of the
 * fourth form shown as warnings; bad input refused naming the field with nothing stored; a filed
 * form immutable, corrected only as a new version; roles enforced.
 *
 * <p>The request JSON is written here by hand from seed 001 (the same forms the ejb module's
 * {@code ShanghaiSelfEvaluations2020} holds), every indicator row of each form, so the weights
 * add up to 90 and the totals come from real rows.
 */
@PortalIT
class FiscalSelfEvaluationIT {

    private static final String BASE = "/api/v1/tenants/shanghai/fiscal";
    private static final String CENTER = "上海市大数据中心";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String unit = Api.token("shanghai", "unit");
    private final String approver = Api.token("shanghai", "approver");
    private final String finance = Api.token("shanghai", "finance");

    @Test
    void oneNetServiceGivesGoldenRow1() {
        // DOMAIN.md §5 row 1: 104,756,332.00 ÷ 104,769,000.00 = 0.999879… → 99.99%, 10 × 0.999879… → 10.00;
        // indicators 8 × 10.00 + 9.00 = 89.00; total 99.00, 优.
        JsonObject submitted = submitNew("“一网通办”及“随申办”运营", form("39090800.00", "104769000.00", "104756332.00", null,
                row("OUTPUT", "数量指标", "完成率", "100%", true, "100%", "10.00", "10.00"),
                row("OUTPUT", "质量指标", "安全事件发现率", "≥90%", true, "≥90%", "10.00", "10.00"),
                row("OUTPUT", "时效指标", "服务响应及时率", "100%", true, "100%", "10.00", "10.00"),
                row("EFFECT", "经济效益指标", "营造良好的营商环境", "100%", true, "100%", "10.00", "10.00"),
                row("EFFECT", "社会效益指标", "提高政务服务获得感", "100%", true, "100%", "10.00", "10.00"),
                row("EFFECT", "生态效益指标", "生态效益", "100%", true, "100%", "10.00", "10.00"),
                band(row("EFFECT", "可持续影响指标", "长效管理制度建设", "完善", false, "完善", "10.00", "10.00"), "ACHIEVED"),
                row("EFFECT", "可持续影响指标", "公共数据安全管理创新", "100%", true, "100%", "10.00", "10.00"),
                override(row("SATISFACTION", "服务对象满意度指标", "个人、企业用户满意度", "100%", true, "100%", "10.00", "9.00"),
                        "满意度调查样本有限，酌情扣分")));

        assertFigures(submitted.getJsonObject("submitted"), "99.99", "10.00", "89.00", "99.00", "优");
        JsonObject result = result(submitted);
        assertFigures(result.getJsonObject("computed"), "99.99", "10.00", "89.00", "99.00", "优");
        assertFigures(result.getJsonObject("submitted"), "99.99", "10.00", "89.00", "99.00", "优");
    }

    @Test
    void dataOperationGivesGoldenRow2() {
        // DOMAIN.md §5 row 2: 43,918,000.00 ÷ 43,918,000.00 = 1 → 100.00%, 10.00;
        // indicators 10+6+5+10+7+5+5+5+7+10+10 = 80.00; total 90.00, exactly on the 优 floor.
        JsonObject submitted = submitNew("数据运营服务", form("43918000.00", "43918000.00", "43918000.00", null,
                row("OUTPUT", "数量指标", "数据运营服务", "6项", true, "6项", "10.00", "10.00"),
                override(row("OUTPUT", "质量指标", "质量问题整改率", "≥90%", true, "80%", "10.00", "6.00"),
                        "数据质量体系的构建需要进一步完善与细化，数据质量规则还有待优化。"),
                row("OUTPUT", "时效指标", "数据运营服务及时性", "≥95%", true, "95%", "5.00", "5.00"),
                row("OUTPUT", "成本指标", "预算金额结算率", "100%", true, "100%", "10.00", "10.00"),
                row("EFFECT", "社会效益指标", "数据治理程度", "≥90%", true, "基本完成", "10.00", "7.00"),
                row("EFFECT", "生态效益指标", "生态效益", "100%", true, "100%", "5.00", "5.00"),
                row("EFFECT", "可持续影响指标", "建立数据长效运营服务规章制度", "2套", true, "2套", "5.00", "5.00"),
                row("EFFECT", "可持续影响指标", "建立运营服务团队", "≥150", true, "满足条件", "5.00", "5.00"),
                row("EFFECT", "可持续影响指标", "管理制度配套率", "100%", true, "基本完成", "10.00", "7.00"),
                row("EFFECT", "可持续影响指标", "数据共享完成率", "≥90%", true, "基本完成", "10.00", "10.00"),
                row("SATISFACTION", "服务对象满意度指标", "使用方满意度", "≥95%", true, "95%", "10.00", "10.00")));

        assertFigures(submitted.getJsonObject("submitted"), "100.00", "10.00", "80.00", "90.00", "优");
    }

    @Test
    void governmentCloudGivesGoldenRow3() {
        // DOMAIN.md §5 row 3: 42,456,311.08 ÷ 42,546,380.00 = 0.997883… → 99.79%, 10 × 0.997883… → 9.98;
        // indicators 7 × 10.00 + 15.00 = 85.00; total 94.98, 优.
        JsonObject submitted = submitNew("上海市政务云基础设施服务费 (运维)", governmentCloud(null));

        assertFigures(submitted.getJsonObject("submitted"), "99.79", "9.98", "85.00", "94.98", "优");
        assertEquals(List.of(), result(submitted).getJsonArray("warnings"));
    }

    /**
     * Finance downloads the filed table (DOMAIN.md §6 item 4): a PDF whose Chinese text is in an
     * embedded Noto Sans SC font and carries the §5 row 3 figures, and the same table as XLSX.
     */
    @Test
    void financeDownloadsTheTableAsPdfAndXlsx() throws IOException {
        String path = BASE + "/self-evaluations/"
                + submitNew("上海市政务云基础设施服务费（下载）" + UUID.randomUUID().toString().substring(0, 4), governmentCloud(null))
                .getJsonNumber("id").longValue() + "/document";

        Api.Download pdf = Api.download(path, finance);
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.disposition().contains(".pdf"), pdf.disposition());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[] {"财政项目支出绩效自评表", "上海市政务云基础设施服务费", CENTER,
                    "¥42,546,380.00", "¥42,456,311.08", "99.79%", "9.98", "94.98", "优"}) {
                assertTrue(text.contains(expected), "the PDF lacks " + expected);
            }
            assertTrue(!text.contains("草稿"), "a submitted form is not marked as a draft");
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded() && font.getName().contains("NotoSansSC"), font.getName());
        }

        Api.Download xlsx = Api.download(path + "?format=xlsx", finance);
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.contentType());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "an XLSX is a zip file");
    }

    @Test
    void aDocumentInAnUnknownFormatOrOfAnotherTenantIsRefused() {
        long id = draft("文书校验项目 " + UUID.randomUUID(), governmentCloud(null)).getJsonNumber("id").longValue();
        String path = BASE + "/self-evaluations/" + id + "/document";

        Api.Download draftPdf = Api.download(path, finance);
        assertEquals(200, draftPdf.status(), draftPdf::toString);

        Api.Download docx = Api.download(path + "?format=docx", finance);
        assertEquals(400, docx.status());
        assertTrue(docx.contentType().startsWith("application/problem+json"), docx::toString);
        assertTrue(new String(docx.body(), StandardCharsets.UTF_8).contains("\"field\":\"format\""), docx::toString);

        assertEquals(403, Api.download(path, Api.token("shanghai", "vendor")).status());
        Api.Download foreign = Api.download("/api/v1/tenants/luohe/fiscal/self-evaluations/" + id + "/document",
                Api.token("luohe", "finance"));
        assertEquals(404, foreign.status(), foreign::toString);
    }

    @Test
    void governmentExtranetShowsItsPrintedFiguresAsWarnings() {
        // DOMAIN.md §5 note on row 4: the form prints 92.64% / 9.26 / 94.06, its own amounts give
        // 51,562,685.00 ÷ 51,565,764.00 = 0.999940… → 99.99%, 10.00; with indicators 84.80 the total is 94.80.
        long id = draft("上海市政务外网网络建设运营 (运维)", form("51565764.00", "51565764.00", "51562685.00",
                "{\"ratePercent\":92.64,\"budgetScore\":9.26,\"total\":94.06}",
                row("OUTPUT", "数量指标", "项目计划完成率", "100%", true, "100%", "10.00", "10.00"),
                row("OUTPUT", "质量指标", "质量用户满意度", "100%", true, "92%", "10.00", "9.20"),
                row("OUTPUT", "时效指标", "系统故障响应及时性", "100%", true, "90%", "10.00", "9.00"),
                row("OUTPUT", "成本指标", "成本控制", "100%", true, "100%", "10.00", "10.00"),
                row("EFFECT", "经济效益指标", "网络环境", "100%", true, "90%", "6.00", "5.40"),
                row("EFFECT", "社会效益指标", "服务获得感", "100%", true, "90%", "6.00", "5.40"),
                row("EFFECT", "生态效益指标", "", "100%", true, "100%", "6.00", "6.00"),
                row("EFFECT", "可持续影响指标", "长效制度建设", "完善", false, "100%", "6.00", "6.00"),
                row("EFFECT", "可持续影响指标", "人员到岗率", "100%", true, "100%", "5.00", "5.00"),
                row("EFFECT", "可持续影响指标", "部门参与度", "100%", true, "100%", "5.00", "5.00"),
                row("EFFECT", "可持续影响指标", "配套齐全性", "100%", true, "80%", "6.00", "4.80"),
                row("EFFECT", "可持续影响指标", "信息共享度", "100%", true, "80%", "5.00", "4.00"),
                row("EFFECT", "可持续影响指标", "环境效益", "100%", true, "100%", "3.00", "3.00"),
                row("SATISFACTION", "服务对象满意度指标", "使用者满意度", "100%", true, "100%", "2.00", "2.00")))
                .getJsonNumber("id").longValue();

        JsonObject result = Api.get(BASE + "/self-evaluations/" + id + "/result", finance).json().asJsonObject();

        assertFigures(result.getJsonObject("computed"), "99.99", "10.00", "84.80", "94.80", "优");
        assertEquals(0, new BigDecimal("92.64").compareTo(result.getJsonObject("recorded").getJsonNumber("ratePercent").bigDecimalValue()));
        List<String> messages = result.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .map(w -> w.getString("message")).toList();
        assertEquals(List.of("executionRate: recorded 92.64%, computed 99.99%", "budgetScore: recorded 9.26, computed 10.00",
                "total: recorded 94.06, computed 94.80"), messages);
    }

    @Test
    void badInputIs400NamingTheFieldAndStoresNothing() {
        long project = project("校验测试项目 " + UUID.randomUUID());
        String path = BASE + "/projects/" + project + "/self-evaluations";
        // 42,546,380.01 executed of a 42,546,380.00 budget, no 超预算说明
        assertProblem(Api.post(path, unit, governmentCloudFunds("42546380.00", "42546380.01", null)), 400, "overBudgetNote");
        // one row of weight 10 dropped: weights sum to 80
        assertProblem(Api.post(path, unit, form("100.00", "100.00", "100.00", null,
                row("OUTPUT", "数量指标", "完成率", "100%", true, "100%", "40.00", "40.00"),
                row("EFFECT", "社会效益指标", "获得感", "100%", true, "100%", "30.00", "30.00"),
                row("SATISFACTION", "服务对象满意度指标", "满意度", "100%", true, "100%", "10.00", "10.00"))), 400, "weights");
        // a target declared quantitative that is not sign–number–unit
        assertProblem(Api.post(path, unit, form("100.00", "100.00", "100.00", null,
                row("OUTPUT", "数量指标", "完成率", "基本完成", true, "100%", "50.00", "50.00"),
                row("EFFECT", "社会效益指标", "获得感", "100%", true, "100%", "30.00", "30.00"),
                row("SATISFACTION", "服务对象满意度指标", "满意度", "100%", true, "100%", "10.00", "10.00"))), 400,
                "indicators[0].target");
        // 100 = 101 + 0 + (−1): balanced, but negative
        assertProblem(Api.post(path, unit, governmentCloud(null).replace(
                "\"executed\":{\"total\":42456311.08,\"currentYearAppropriation\":42456311.08,\"priorYearCarryover\":0,\"otherFunds\":0}",
                "\"executed\":{\"total\":42456311.08,\"currentYearAppropriation\":42456312.08,\"priorYearCarryover\":0,\"otherFunds\":-1}")),
                400, "executed.otherFunds");
        // 全年预算数 42,546,380.00 = 42,546,380.00 + 1.00: the sources exceed the total
        assertProblem(Api.post(path, unit, governmentCloud(null).replace(
                "\"annualBudget\":{\"total\":42546380.00,\"currentYearAppropriation\":42546380.00,\"priorYearCarryover\":0,\"otherFunds\":0}",
                "\"annualBudget\":{\"total\":42546380.00,\"currentYearAppropriation\":42546380.00,\"priorYearCarryover\":1.00,\"otherFunds\":0}")),
                400, "annualBudget");

        // 100% → 100% suggests 30.00; 25.00 needs a reason on a form entered in the portal
        assertProblem(Api.post(path, unit, form("100.00", "100.00", "100.00", null,
                row("OUTPUT", "数量指标", "完成率", "100%", true, "100%", "50.00", "50.00"),
                row("EFFECT", "社会效益指标", "获得感", "100%", true, "100%", "30.00", "25.00"),
                row("SATISFACTION", "服务对象满意度指标", "满意度", "100%", true, "100%", "10.00", "10.00"))), 400,
                "indicators[1].overrideReason");

        // 降低新建信息化项目投入: 17 of 20 is 85%, outside 部分达成 (12 to below 16), and no reason
        assertProblem(Api.post(path, unit, governmentCloud(null).replace("\"score\":15.00,\"band\":\"PARTLY_ACHIEVED\"",
                "\"score\":17.00,\"band\":\"PARTLY_ACHIEVED\"")), 400, "indicators[4].score");
        // 核减上云项目运维费 without its band
        assertProblem(Api.post(path, unit, governmentCloud(null).replace(",\"band\":\"ACHIEVED\"}", "}")), 400,
                "indicators[3].band");

        assertEquals(0, Api.get(path, unit).json().asJsonArray().size());
    }

    /** The same 17 of 20 outside its band is accepted with a written reason, and kept with it. */
    @Test
    void aQualitativeScoreOutsideItsBandIsKeptWithItsReason() {
        // 9.98 + 85.00 − 15.00 + 17.00 = 96.98
        JsonObject drafted = draft("档次测试项目 " + UUID.randomUUID(), governmentCloud(null).replace(
                "\"score\":15.00,\"band\":\"PARTLY_ACHIEVED\"",
                "\"score\":17.00,\"band\":\"PARTLY_ACHIEVED\",\"overrideReason\":\"节约投入超出预期，按部分达成上限上浮\""));

        JsonObject row = drafted.getJsonArray("indicators").getJsonObject(4);
        assertEquals("PARTLY_ACHIEVED", row.getString("band"));
        assertEquals("节约投入超出预期，按部分达成上限上浮", row.getString("overrideReason"));
        assertFigures(result(drafted).getJsonObject("computed"), "99.79", "9.98", "87.00", "96.98", "优");
    }

    /**
     * Two registrations of one name and year at the same moment: one is created, the other is 409
     * naming {@code name} — never 500, whichever of the name query or the unique key refuses it.
     */
    @Test
    void concurrentRegistrationsOfOneNameGive201And409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String body = projectJson("并发登记项目 " + UUID.randomUUID());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Api.Reply>> replies = List.of(
                        pool.submit(() -> { start.await(); return Api.post(BASE + "/projects", unit, body); }),
                        pool.submit(() -> { start.await(); return Api.post(BASE + "/projects", unit, body); }));
                start.countDown();
                List<Api.Reply> answered = new java.util.ArrayList<>();
                for (Future<Api.Reply> reply : replies) {
                    answered.add(reply.get(30, TimeUnit.SECONDS));
                }
                answered.sort(java.util.Comparator.comparingInt(Api.Reply::status));
                assertEquals(201, answered.get(0).status(), answered::toString);
                assertProblem(answered.get(1), 409, "name");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSubmittedFormIsImmutableAndCorrectedAsANewVersion() {
        JsonObject v1 = submitNew("更正测试项目 " + UUID.randomUUID(), governmentCloud(null));
        long v1Id = v1.getJsonNumber("id").longValue();
        String v1Path = BASE + "/self-evaluations/" + v1Id;

        Api.Reply edit = Api.put(v1Path, unit, withVersion(governmentCloud(null), v1.getJsonNumber("version").longValue()));
        assertProblem(edit, 409, "status");
        assertProblem(Api.post(v1Path + "/submit", unit, ""), 409, "status");
        assertEquals("SUBMITTED", Api.get(v1Path, unit).json().asJsonObject().getString("status"));

        Api.Reply corrected = Api.post(v1Path + "/new-version", unit, "");
        assertEquals(201, corrected.status(), corrected::toString);
        JsonObject v2 = corrected.json().asJsonObject();
        assertEquals(2, v2.getInt("formVersion"));
        assertEquals("DRAFT", v2.getString("status"));
        assertTrue(!v2.containsKey("submitted") || v2.isNull("submitted"), v2::toString);
        assertEquals(v1.getJsonArray("indicators"), v2.getJsonArray("indicators"));
        assertProblem(Api.post(v1Path + "/new-version", unit, ""), 409, "formVersion");

        // the correction: 得分 15.00 → 16.00 on 降低新建信息化项目投入 (16 of 20 = 80%: 达成), so v2 totals 95.98 while v1 keeps 94.98
        Api.Reply revised = Api.put(BASE + "/self-evaluations/" + v2.getJsonNumber("id").longValue(), unit,
                withVersion(governmentCloud(null).replace("\"score\":15.00,\"band\":\"PARTLY_ACHIEVED\"",
                        "\"score\":16.00,\"band\":\"ACHIEVED\""),
                        v2.getJsonNumber("version").longValue()));
        assertEquals(200, revised.status(), revised::toString);
        assertFigures(result(revised.json().asJsonObject()).getJsonObject("computed"), "99.79", "9.98", "86.00", "95.98", "优");
        assertFigures(Api.get(v1Path, finance).json().asJsonObject().getJsonObject("submitted"), "99.79", "9.98", "85.00",
                "94.98", "优");

        Api.Reply reviewed = Api.post(v1Path + "/review", approver, "");
        assertEquals(200, reviewed.status(), reviewed::toString);
        assertEquals("REVIEWED", reviewed.json().asJsonObject().getString("status"));
        assertProblem(Api.post(v1Path + "/review", approver, ""), 409, "status");
    }

    @Test
    void rolesAreEnforced() {
        JsonObject submitted = submitNew("权限测试项目 " + UUID.randomUUID(), governmentCloud(null));
        String path = BASE + "/self-evaluations/" + submitted.getJsonNumber("id").longValue();
        String vendor = Api.token("shanghai", "vendor");

        assertEquals(403, Api.get(BASE + "/projects", vendor).status());
        assertEquals(403, Api.get(path + "/result", vendor).status());
        assertEquals(403, Api.post(path + "/review", unit, "").status());
        assertEquals(403, Api.post(BASE + "/projects", finance, projectJson("财务不能建项目")).status());
        assertEquals(200, Api.get(path + "/result", finance).status());
        assertEquals(200, Api.get(path, Api.token("shanghai", "auditor")).status());
        assertEquals(200, Api.get(BASE + "/projects", Api.token("shanghai", "tenant-admin")).status());
    }

    // --- the forms -----------------------------------------------------------------------------

    /** 上海市政务云基础设施服务费 (运维), seed 001, all eight rows. */
    static String governmentCloud(String recorded) {
        return governmentCloudFunds("42546380.00", "42456311.08", recorded);
    }

    private static String governmentCloudFunds(String annual, String executed, String recorded) {
        return form("42546380.00", annual, executed, recorded,
                row("OUTPUT", "数量指标", "迁移上云完成率", "100%", true, "市级非涉密信息系统全量上云", "10.00", "10.00"),
                row("OUTPUT", "质量指标", "政务云整体运行运行稳定率", "≥99.99%", true, "年未发生重大故障", "10.00", "10.00"),
                row("OUTPUT", "时效指标", "故障响应及时率", "100%", true, "及时", "10.00", "10.00"),
                band(row("OUTPUT", "成本指标", "上云项目硬件建设不再投入运维", "核减上云项目运维费", false, "按先用后付、按实计算的方式减低了成本支出",
                        "10.00", "10.00"), "ACHIEVED"),
                // 15 of 20 is 75%: 部分达成 (80–60% of the weight)
                band(row("EFFECT", "经济效益指标", "降低新建信息化项目投入", "新建项目依托政务云建设，不再投入硬件设备", false,
                        "通过政府购买服务的方式，没有固定资产投入，节约了项目投入", "20.00", "15.00"), "PARTLY_ACHIEVED"),
                row("EFFECT", "社会效益指标", "保障市级核心民生业务", "≥99.99%", true, "全年云上核心民生业务系统无因政务云原因发生一起故障",
                        "10.00", "10.00"),
                band(row("EFFECT", "可持续影响指标", "创新购买服务，通过采购方式开展政务云基础设施服务。", "制定政务云应用安全管理办法1项", false, "符合",
                        "10.00", "10.00"), "ACHIEVED"),
                row("SATISFACTION", "服务对象满意度指标", "使用者满意度", "≥90%", true, "满意", "10.00", "10.00"));
    }

    static String form(String initial, String annual, String executed, String recorded, String... rows) {
        return "{\"annualGoal\":\"年度总体目标\",\"actualCompletion\":\"实际完成情况\","
                + "\"initialBudget\":" + appropriation(initial) + ",\"annualBudget\":" + appropriation(annual)
                + ",\"executed\":" + appropriation(executed) + ",\"indicators\":[" + String.join(",", rows) + "]"
                + (recorded == null ? "" : ",\"recorded\":" + recorded) + "}";
    }

    private static String appropriation(String amount) {
        return "{\"total\":" + amount + ",\"currentYearAppropriation\":" + amount + ",\"priorYearCarryover\":0,\"otherFunds\":0}";
    }

    static String row(String category, String level2, String level3, String target, boolean quantitative,
            String actual, String weight, String score) {
        return "{\"category\":\"" + category + "\",\"level2\":\"" + level2 + "\",\"level3\":\"" + level3 + "\",\"target\":\""
                + target + "\",\"quantitative\":" + quantitative + ",\"actual\":\"" + actual + "\",\"weight\":" + weight
                + ",\"score\":" + score + "}";
    }

    /** The qualitative row with the band (档次) its score was picked in. */
    static String band(String row, String band) {
        return row.substring(0, row.length() - 1) + ",\"band\":\"" + band + "\"}";
    }

    /** The row with an override reason (调整理由) for a score that departs from the rule's suggestion. */
    private static String override(String row, String reason) {
        return row.substring(0, row.length() - 1) + ",\"overrideReason\":\"" + reason + "\"}";
    }

    private static String withVersion(String form, long version) {
        return form.substring(0, form.length() - 1) + ",\"version\":" + version + "}";
    }

    static String projectJson(String name) {
        return "{\"name\":\"" + name + "\",\"year\":2020,\"competentDepartment\":\"" + CENTER + "\",\"implementingUnit\":\""
                + CENTER + "\"}";
    }

    // --- the flow ------------------------------------------------------------------------------

    private long project(String name) {
        Api.Reply created = Api.post(BASE + "/projects", unit, projectJson(name));
        assertEquals(201, created.status(), created::toString);
        return created.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private JsonObject draft(String name, String form) {
        Api.Reply drafted = Api.post(BASE + "/projects/" + project(name) + "/self-evaluations", unit, form);
        assertEquals(201, drafted.status(), drafted::toString);
        assertEquals("DRAFT", drafted.json().asJsonObject().getString("status"));
        return drafted.json().asJsonObject();
    }

    private JsonObject submitNew(String name, String form) {
        long id = draft(name, form).getJsonNumber("id").longValue();
        Api.Reply submitted = Api.post(BASE + "/self-evaluations/" + id + "/submit", unit, "");
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("SUBMITTED", submitted.json().asJsonObject().getString("status"));
        return submitted.json().asJsonObject();
    }

    private JsonObject result(JsonObject evaluation) {
        Api.Reply reply = Api.get(BASE + "/self-evaluations/" + evaluation.getJsonNumber("id").longValue() + "/result", finance);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }

    static void assertFigures(JsonObject figures, String ratePercent, String budgetScore, String indicatorScore,
            String total, String grade) {
        assertEquals(new BigDecimal(ratePercent), figures.getJsonNumber("ratePercent").bigDecimalValue(), figures::toString);
        assertEquals(new BigDecimal(budgetScore), figures.getJsonNumber("budgetScore").bigDecimalValue(), figures::toString);
        assertEquals(new BigDecimal(indicatorScore), figures.getJsonNumber("indicatorScore").bigDecimalValue(), figures::toString);
        assertEquals(new BigDecimal(total), figures.getJsonNumber("total").bigDecimalValue(), figures::toString);
        assertEquals(grade, figures.getString("grade"));
    }

    static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(field, reply.json().asJsonObject().getString("field"), reply::toString);
    }
}
