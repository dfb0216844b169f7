package org.perfportal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.OmContracts;
import org.perfportal.it.PortalIT;
import org.perfportal.it.Workbooks;

/**
 * The monthly O&amp;M assessment (运维月度考核, kind {@code om-monthly}) is a kind, not Luohe's code: tenant
 * {@code ordos}, which has never had one, registers a vendor, three using units and an O&amp;M contract with items,
 * publishes a scheme copied from the template (the document Liquibase seeds as Luohe's {@code luohe-2025},
 * {@code db/changelog/data/luohe-2025.json}, read here from the EJB module on the class path), enters a month of
 * records and computes it through the same API as Luohe, with nothing configured for it in code (issue 12).
 *
 * <p>The month is 2025-03 of a contract running 2025-03-10 … 2026-03-09: over whatever day the test runs, and the
 * contract's first month, so the two-month neglect rule (连续两个月) has nothing to compare.
 */
@PortalIT
class OmMonthOtherTenantIT {

    private static final String ORDOS = "/api/v1/tenants/ordos";
    private static final String LUOHE = "/api/v1/tenants/luohe";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TEMPLATE = "db/changelog/data/luohe-2025.json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String admin = Api.token("ordos", "tenant-admin");
    private final String assessor = Api.token("ordos", "assessor");
    private final String approver = Api.token("ordos", "approver");
    private final String vendor = Api.token("ordos", "vendor");
    private final String luoheAdmin = Api.token("luohe", "tenant-admin");
    private final String luoheAssessor = Api.token("luohe", "assessor");

    /**
     * Contract month 2025-03 = 2025-03-10T00:00+08 … 2025-04-10T00:00+08, scheme = the template (附件3/附件4.2, DOMAIN
     * §2): total 1,200,000.00 → monthly fee 1,200,000.00 ÷ 12 = 100,000.00. By hand:
     * <pre>
     * 旗政务服务中心 (system #1): no form → 30 (视为满意); visit 8 + 4 inspections × 2 = 8 + 4 backups × 1 = 4 + scan 10
     *                 = 30; L2 fault reported 03-15 09:00, responded 09:05 (≤ 10 min), restored 15:00 (6 h &gt; 4 h,
     *                 deadline 13:00 in the month) → 30 − 10 = 20; empty catalogue → 10;           total 90.00
     * 旗教育局 (system #2, line #3): form 满意, 基本满意, 一般, 一般, 不满意 = 6 + 4.8 + 3.6 + 3.6 + 0 = 18.0;
     *                 visit 8 + 1 inspection 2 + 4 backups 4 + scan 10 = 24; high vulnerability found 03-12 10:00,
     *                 fixed 03-22 10:00 (&gt; 7 days, deadline 03-19 10:00 in the month) → 30 − 5 = 25; 10;  total 77.00
     * 旗气象局 (line #4 only): 30 + 30 (line leases only: 满分) + 30 + 10;                             total 100.00
     * mean (90 + 77 + 100) / 3 = 267 / 3 = 89.00, no deduction items → 良好 (80 ≤ 89 &lt; 90), 5% of the fee:
     * 5% × 100,000.00 = 5,000.00; no penalty; 5,000.00 ≤ the fee, no cap → money deducted 5,000.00 (伍仟元整)
     * </pre>
     * Luohe's own O&amp;M contract, registered first, reads the same before and after.
     */
    @Test
    void ordosComputesAMonthUnderAnOmSchemeCopiedFromTheTemplate() {
        OmContracts.Contract luohe = OmContracts.register(luoheAdmin);
        Map<String, String> luoheBefore = luoheView(luohe);

        long schemeId = publishedTemplateScheme();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long vendorId = id(Api.post(ORDOS + "/vendors", admin, "{\"name\":\"鄂托克旗运维服务商 " + tag + "\"}"));
        long centre = id(Api.post(ORDOS + "/units", admin, "{\"name\":\"旗政务服务中心 " + tag + "\"}"));
        long education = id(Api.post(ORDOS + "/units", admin, "{\"name\":\"旗教育局 " + tag + "\"}"));
        long weather = id(Api.post(ORDOS + "/units", admin, "{\"name\":\"旗气象局 " + tag + "\"}"));
        JsonObject contract = created(Api.post(ORDOS + "/contracts", admin, "{\"vendorId\":" + vendorId
                + ",\"name\":\"2025 年度旗级政务信息系统运维项目\",\"period\":{\"start\":\"2025-03-10\",\"end\":\"2026-03-09\"},"
                + "\"total\":1200000.00}"));
        long contractId = contract.getJsonNumber("id").longValue();
        assertAmount("100000.00", contract.getJsonNumber("monthlyFee"));
        Map<Integer, Long> items = importItems(contractId, new String[][] {
                {"序号", "单位名称", "运维项目名称", "主要运维内容", "类别"},
                {"1", "旗政务服务中心 " + tag, "政务服务平台运维", "平台及服务器运维", "硬件及系统运维"},
                {"2", "旗教育局 " + tag, "教育管理信息系统运维", "系统运行维护", "硬件及系统运维"},
                {"3", "", "互联网专线", "100M 互联网专线租赁", "线路租赁和购买服务"},
                {"4", "旗气象局 " + tag, "气象专线", "专线租赁", "线路租赁和购买服务"}});
        String om = ORDOS + "/om-monthly";

        // 旗政务服务中心: full routine work on system #1 and a level-2 fault restored late
        created(Api.post(om + "/visits", vendor, work(contractId, centre, null, "2025-03-14T10:00:00+08:00", null)));
        for (int day = 12; day <= 30; day += 6) {
            created(Api.post(om + "/inspections", vendor, work(contractId, centre, null, "2025-03-" + day + "T17:00:00+08:00", null)));
        }
        for (int b = 0; b < 4; b++) {
            created(Api.post(om + "/backups", vendor, work(contractId, centre, items.get(1), "2025-03-1" + b + "T02:00:00+08:00",
                    "/backup/1/" + b + ".dump")));
        }
        created(Api.post(om + "/scans", vendor, work(contractId, centre, items.get(1), "2025-03-25T14:00:00+08:00", null)));
        created(Api.post(om + "/faults", vendor, "{\"contractId\":" + contractId + ",\"itemId\":" + items.get(1)
                + ",\"level\":2,\"description\":\"政务服务平台数据库宕机\",\"reported\":\"2025-03-15T09:00:00+08:00\","
                + "\"responded\":\"2025-03-15T09:05:00+08:00\",\"restored\":\"2025-03-15T15:00:00+08:00\"}"));
        // 旗教育局: one inspection only, a high vulnerability fixed after ten days, a poor satisfaction form
        created(Api.post(om + "/visits", vendor, work(contractId, education, null, "2025-03-18T10:00:00+08:00", null)));
        created(Api.post(om + "/inspections", vendor, work(contractId, education, null, "2025-03-20T17:00:00+08:00", null)));
        for (int b = 0; b < 4; b++) {
            created(Api.post(om + "/backups", vendor, work(contractId, education, items.get(2), "2025-03-2" + b + "T02:00:00+08:00",
                    "/backup/2/" + b + ".dump")));
        }
        created(Api.post(om + "/scans", vendor, work(contractId, education, items.get(2), "2025-03-26T14:00:00+08:00", null)));
        created(Api.post(om + "/vulnerabilities", vendor, "{\"contractId\":" + contractId + ",\"itemId\":" + items.get(2)
                + ",\"severity\":\"HIGH\",\"description\":\"Apache Log4j 远程代码执行\",\"found\":\"2025-03-12T10:00:00+08:00\","
                + "\"responded\":\"2025-03-12T11:00:00+08:00\",\"fixed\":\"2025-03-22T10:00:00+08:00\"}"));
        created(Api.post(om + "/satisfaction-forms", Api.unitUserToken("ordos", education), "{\"contractId\":" + contractId
                + ",\"unitId\":" + education + ",\"month\":\"2025-03\",\"ratings\":[\"SATISFIED\",\"BASICALLY_SATISFIED\","
                + "\"AVERAGE\",\"AVERAGE\",\"DISSATISFIED\"],\"accident\":false,\"reasons\":\"故障响应慢\","
                + "\"suggestions\":\"加强驻场\"}"));

        String assessments = om + "/contracts/" + contractId + "/assessments";
        JsonObject march = created(Api.post(assessments, assessor, "{\"month\":\"2025-03\"}"));
        assertEquals(schemeId, march.getJsonNumber("schemeId").longValue());
        assertEquals("2025-03", march.getString("month"));
        assertEquals("DRAFT", march.getString("status"));
        JsonArray units = march.getJsonArray("units");
        assertEquals(3, units.size());
        assertAmount("30.00", unit(units, centre).getJsonNumber("routineWork"));
        assertAmount("20.00", unit(units, centre).getJsonNumber("anomalyHandling"));
        assertAmount("90.00", unit(units, centre).getJsonNumber("total"));
        assertAmount("18.00", unit(units, education).getJsonNumber("satisfaction"));
        assertAmount("24.00", unit(units, education).getJsonNumber("routineWork"));
        assertAmount("25.00", unit(units, education).getJsonNumber("anomalyHandling"));
        assertAmount("77.00", unit(units, education).getJsonNumber("total"));
        assertAmount("100.00", unit(units, weather).getJsonNumber("total"));
        assertAmount("89.00", march.getJsonNumber("score"));
        assertEquals("GOOD", march.getString("grade"));
        assertEquals("良好", march.getString("gradeLabel"));
        assertAmount("0.05", march.getJsonNumber("feeDeductionRate"));
        assertAmount("100000.00", march.getJsonObject("monthlyFee").getJsonNumber("value"));
        assertAmount("5000.00", march.getJsonObject("gradeDeduction").getJsonNumber("value"));
        assertAmount("0.00", march.getJsonObject("penalties").getJsonNumber("value"));
        assertAmount("5000.00", march.getJsonObject("moneyDeducted").getJsonNumber("value"));
        assertEquals("伍仟元整", march.getJsonObject("moneyDeducted").getString("capitals"));
        List<JsonObject> lines = march.getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(lines.stream().anyMatch(l -> l.getString("ruleCode").equals("ANOMALY-FAULT")
                && String.valueOf(centre).equals(l.getString("unitId", null))), lines::toString);
        assertTrue(lines.stream().noneMatch(l -> l.getString("ruleCode").equals("VENDOR-DEDUCTION-CONSECUTIVE_NEGLECT")),
                lines::toString);

        // The same lifecycle as Luohe's: submitted, approved, in force.
        String path = assessments + "/" + march.getJsonNumber("id").longValue();
        JsonObject submitted = moved(Api.post(path + "/submit", assessor, version(march)), "SUBMITTED");
        moved(Api.post(path + "/approve", approver, version(submitted)), "APPROVED");
        assertAmount("5000.00", Api.get(assessments + "/in-force?month=2025-03", assessor).json().asJsonObject()
                .getJsonObject("moneyDeducted").getJsonNumber("value"));

        assertEquals(luoheBefore, luoheView(luohe), "Luohe's data after Ordos' month");
    }

    /** Tenant isolation holds for the new kind: Ordos reads none of Luohe's O&amp;M contract, units or results. */
    @Test
    void ordosSeesNoneOfLuohesOmData() {
        OmContracts.Contract luohe = OmContracts.register(luoheAdmin);
        String luoheContract = String.valueOf(luohe.id());

        JsonArray contracts = Api.get(ORDOS + "/contracts", assessor).json().asJsonArray();
        assertTrue(contracts.stream().map(JsonValue::asJsonObject).noneMatch(c -> c.getJsonNumber("id").longValue() == luohe.id()
                || c.getString("name").contains("（B 包）")), contracts::toString);
        assertEquals(404, Api.get(ORDOS + "/contracts/" + luoheContract, assessor).status());
        assertEquals(404, Api.get(ORDOS + "/contracts/" + luoheContract + "/items", assessor).status());
        assertEquals(404, Api.get(ORDOS + "/om-monthly/contracts/" + luoheContract + "/months/2026-06", assessor).status());
        assertEquals(404, Api.post(ORDOS + "/om-monthly/contracts/" + luoheContract + "/assessments", assessor,
                "{\"month\":\"2026-06\"}").status());
        JsonArray units = Api.get(ORDOS + "/units", assessor).json().asJsonArray();
        assertTrue(units.stream().map(JsonValue::asJsonObject).noneMatch(u -> luohe.units().containsValue(
                u.getJsonNumber("id").longValue())), units::toString);
        assertTrue(Api.get(ORDOS + "/schemes", admin).json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .noneMatch(s -> s.getString("versionLabel").equals("luohe-2025")));
        // An Ordos token on a Luohe path is refused: the path's tenant must agree with the token's realm.
        assertEquals(401, Api.get(LUOHE + "/contracts/" + luoheContract, assessor).status());
    }

    // ---------------------------------------------------------------- helpers

    /** A new published {@code om-monthly} scheme of Ordos with the template's parameters, in force from 2025-01-01. */
    private long publishedTemplateScheme() {
        String label = "ordos-om-2025-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject draft = created(Api.post(ORDOS + "/schemes", admin, "{\"kind\":\"om-monthly\",\"versionLabel\":\"" + label
                + "\",\"effectiveFrom\":\"2025-01-01\",\"parameters\":" + template() + "}"));
        assertEquals("om-monthly", draft.getString("kind"));
        moved(Api.post(ORDOS + "/schemes/" + draft.getJsonNumber("id").longValue() + "/publish", admin, version(draft)),
                "PUBLISHED");
        return draft.getJsonNumber("id").longValue();
    }

    private static String template() {
        try (InputStream in = OmMonthOtherTenantIT.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("no " + TEMPLATE + " on the class path (the EJB module's resources)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the 附件1-shaped rows and answers the item ids by 序号. */
    private Map<Integer, Long> importItems(long contractId, String[][] rows) {
        Api.Reply imported = Api.upload(ORDOS + "/contracts/" + contractId + "/items/import", admin, XLSX,
                Workbooks.xlsx("附件1", rows));
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(rows.length - 1, imported.json().asJsonObject().getInt("imported"));
        Map<Integer, Long> items = new LinkedHashMap<>();
        for (JsonValue group : Api.get(ORDOS + "/contracts/" + contractId + "/items", admin).json().asJsonArray()) {
            group.asJsonObject().getJsonArray("items").forEach(i -> items.put(i.asJsonObject().getInt("sequence"),
                    i.asJsonObject().getJsonNumber("id").longValue()));
        }
        return items;
    }

    /** What Luohe's users read of their tenant and of one O&amp;M contract, answer by answer. */
    private Map<String, String> luoheView(OmContracts.Contract c) {
        Map<String, String> view = new LinkedHashMap<>();
        for (String path : List.of(LUOHE + "/vendors", LUOHE + "/units", LUOHE + "/contracts", LUOHE + "/schemes",
                LUOHE + "/contracts/" + c.id() + "/items", LUOHE + "/om-monthly/contracts/" + c.id() + "/months/2026-06",
                c.assessments())) {
            Api.Reply reply = Api.get(path, path.endsWith("/schemes") ? luoheAdmin : luoheAssessor);
            assertEquals(200, reply.status(), () -> path + ": " + reply);
            view.put(path, reply.body());
        }
        return view;
    }

    private static String work(long contract, long unitId, Long item, String at, String backupPath) {
        return "{\"contractId\":" + contract + ",\"unitId\":" + unitId + (item == null ? "" : ",\"itemId\":" + item)
                + ",\"at\":\"" + at + "\",\"note\":\"运维记录\"" + (backupPath == null ? "" : ",\"backupPath\":\"" + backupPath + "\"")
                + "}";
    }

    private static JsonObject unit(JsonArray units, long id) {
        return units.stream().map(JsonValue::asJsonObject).filter(u -> u.getString("unitId").equals(String.valueOf(id)))
                .findFirst().orElseThrow(() -> new AssertionError("no unit " + id + " in " + units));
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }

    private static long id(Api.Reply reply) {
        return created(reply).getJsonNumber("id").longValue();
    }

    private static String version(JsonObject body) {
        return "{\"version\":" + body.getJsonNumber("version") + "}";
    }

    private static JsonObject moved(Api.Reply reply, String status) {
        assertEquals(200, reply.status(), reply::toString);
        JsonObject body = reply.json().asJsonObject();
        assertEquals(status, body.getString("status"));
        return body;
    }

    private static void assertAmount(String expected, JsonNumber actual) {
        assertFalse(actual == null, "expected " + expected + ", was absent");
        assertEquals(0, new BigDecimal(expected).compareTo(actual.bigDecimalValue()), "expected " + expected + ", was " + actual);
    }
}
