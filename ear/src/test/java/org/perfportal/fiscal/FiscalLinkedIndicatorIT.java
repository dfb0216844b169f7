package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.perfportal.fiscal.FiscalSelfEvaluationIT.assertFigures;
import static org.perfportal.fiscal.FiscalSelfEvaluationIT.assertProblem;
import static org.perfportal.fiscal.FiscalSelfEvaluationIT.form;
import static org.perfportal.fiscal.FiscalSelfEvaluationIT.projectJson;
import static org.perfportal.fiscal.FiscalSelfEvaluationIT.row;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/**
 * Linked indicators (关联指标) on the real stack: the record book's providers are found in the
 * deployed application and read only the tenant's own records — Shanghai keeps no O&amp;M record
 * book, so its linked rows say so and keep the actual typed — while a link that cannot fill its
 * row is refused naming it; a draft refreshes its figures, a submitted form keeps them. (How the
 * figures count records is proven on PostgreSQL by {@code OmYearFiguresPersistenceTest}: this
 * branch has no HTTP entry for Luohe records yet.)
 */
@PortalIT
class FiscalLinkedIndicatorIT {

    private static final String BASE = "/api/v1/tenants/shanghai/fiscal";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String unit = Api.token("shanghai", "unit");

    @Test
    void linkedRowsSayWhatTheTenantsOwnRecordsGaveAndAreFrozenOnSubmit() {
        // 40.00 + 30.00 (96% of ≥95% is full) + 10.00 (95% of ≥90%) + 10.00 (1,000,000元 typed, ≤1,000,000元: full) = 90.00; budget 100 of 100 → 10.00; total 100.00
        Api.Reply drafted = Api.post(BASE + "/projects/" + project() + "/self-evaluations", unit, linkedForm("≥95%"));
        assertEquals(201, drafted.status(), drafted::toString);
        JsonObject draft = drafted.json().asJsonObject();
        JsonObject sla = draft.getJsonArray("indicators").getJsonObject(1);
        assertEquals("SLA_COMPLIANCE_RATE", sla.getString("link"));
        assertEquals("上海市大数据中心运维记录 2020年：无可判定的故障", sla.getString("linkSource"));
        assertEquals("96%", sla.getString("actual"));
        assertEquals("上海市大数据中心运维记录 2020年：无满意度评价表",
                draft.getJsonArray("indicators").getJsonObject(2).getString("linkSource"));
        assertEquals("上海市大数据中心付款记录 2020年：无已支付的分期",
                draft.getJsonArray("indicators").getJsonObject(3).getString("linkSource"));

        String path = BASE + "/self-evaluations/" + draft.getJsonNumber("id").longValue();
        Api.Reply refreshed = Api.post(path + "/refresh", unit, "");
        assertEquals(200, refreshed.status(), refreshed::toString);
        assertEquals(draft.getJsonArray("indicators"), refreshed.json().asJsonObject().getJsonArray("indicators"));

        Api.Reply submitted = Api.post(path + "/submit", unit, "");
        assertEquals(200, submitted.status(), submitted::toString);
        assertFigures(submitted.json().asJsonObject().getJsonObject("submitted"), "100.00", "10.00", "90.00", "100.00", "优");
        assertProblem(Api.post(path + "/refresh", unit, ""), 409, "status");
        assertEquals("上海市大数据中心运维记录 2020年：无可判定的故障",
                Api.get(path, unit).json().asJsonObject().getJsonArray("indicators").getJsonObject(1).getString("linkSource"));
    }

    @Test
    void aLinkThatCannotFillItsRowIsRefusedAndNothingStored() {
        long project = project();
        String path = BASE + "/projects/" + project + "/self-evaluations";

        // a qualitative target, and a target in 项 while the figure is in %
        assertProblem(Api.post(path, unit, linkedForm("完善")), 400, "indicators[1].link");
        assertProblem(Api.post(path, unit, linkedForm("6项")), 400, "indicators[1].link");
        // an unknown figure is refused while the body is read: the field is named, the row (which JSON-B does not tell) is not
        assertProblem(Api.post(path, unit, linkedForm("≥95%").replace("SLA_COMPLIANCE_RATE", "BUDGET_SPENT")), 400, "indicators.link");
        // 合同支付金额 is measured in 元: a target in % cannot take it
        assertProblem(Api.post(path, unit, linkedForm("≥95%").replace("SLA_COMPLIANCE_RATE", "AMOUNT_PAID")), 400, "indicators[1].link");

        assertEquals(0, Api.get(path, unit).json().asJsonArray().size());
    }

    private long project() {
        Api.Reply created = Api.post(BASE + "/projects", unit, projectJson("关联指标项目 " + UUID.randomUUID()));
        assertEquals(201, created.status(), created::toString);
        return created.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static String linkedForm(String slaTarget) {
        boolean quantitative = !slaTarget.equals("完善");
        return form("100.00", "100.00", "100.00", null,
                row("OUTPUT", "数量指标", "完成率", "100%", true, "100%", "40.00", "40.00"),
                link(row("EFFECT", "社会效益指标", "故障修复达标率", slaTarget, quantitative, "96%", "30.00", "30.00"),
                        "SLA_COMPLIANCE_RATE"),
                link(row("SATISFACTION", "服务对象满意度指标", "使用者满意度", "≥90%", true, "95%", "10.00", "10.00"),
                        "MEAN_SATISFACTION_SCORE"),
                link(row("OUTPUT", "成本指标", "运维费用支付", "≤1000000元", true, "1000000元", "10.00", "10.00"),
                        "AMOUNT_PAID"));
    }

    private static String link(String row, String figure) {
        return row.substring(0, row.length() - 1) + ",\"link\":\"" + figure + "\"}";
    }
}
