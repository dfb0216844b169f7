package org.perfportal.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;
import org.perfportal.it.Workbooks;

/**
 * The Luohe B 包 O&amp;M contract (运维服务合同) through the API, demo data being off: vendor and
 * units registered first, the contract with DOMAIN §2's figures (monthly fee 968,750.00, four
 * installments of 2,906,250.00), an 附件1-shaped .xlsx imported atomically, bad input named.
 */
@PortalIT
class OmContractIT {

    private static final String BASE = "/api/v1/tenants/luohe";
    private static final String CONTRACTS = BASE + "/contracts";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String admin = Api.token("luohe", "tenant-admin");

    @Test
    void contractFiguresImportAndAccess() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long vendor = id(Api.post(BASE + "/vendors", admin, "{\"name\":\"中移建设有限公司 " + tag + "\"}"));
        String farm = "市农机中心 " + tag;
        String water = "市水利局 " + tag;
        long farmId = id(Api.post(BASE + "/units", admin, "{\"name\":\"" + farm + "\"}"));
        long waterId = id(Api.post(BASE + "/units", admin, "{\"name\":\"" + water + "\"}"));

        Api.Reply created = Api.post(CONTRACTS, admin, contract(vendor, "2026-06-10", "2027-06-09", "11625000.00"));
        assertEquals(201, created.status(), created::toString);
        long contract = created.json().asJsonObject().getJsonNumber("id").longValue();

        JsonObject read = Api.get(CONTRACTS + "/" + contract, Api.token("luohe", "finance")).json().asJsonObject();
        assertEquals(new BigDecimal("11625000.00"), read.getJsonNumber("total").bigDecimalValue().setScale(2));
        assertEquals(new BigDecimal("968750.00"), read.getJsonNumber("monthlyFee").bigDecimalValue().setScale(2));
        JsonArray installments = read.getJsonArray("installments");
        assertEquals(4, installments.size());
        for (JsonValue i : installments) {
            assertEquals(new BigDecimal("2906250.00"), i.asJsonObject().getJsonNumber("amount").bigDecimalValue().setScale(2));
        }
        assertEquals("2026-12-10", installments.getJsonObject(2).getString("firstDay"));
        assertEquals("2027-06-09", installments.getJsonObject(3).getString("lastDay"));

        byte[] good = Workbooks.xlsx("附件1", new String[][] {
                {"B 包"},
                {"序号", "单位名称", "运维项目名称", "主要运维内容", "类别"},
                {"1", farm, "互联网专线", "100M 互联网专线租赁", ""},
                {"2", "", "河南农机云平台（漯河平台）运维", "双中心服务器及运维支持", ""},
                {"3", water, "市水利局机房设备维护", "保障机房网络和安全设备的安全稳定运行", "线路租赁和购买服务"}});
        String vendorToken = Api.token("luohe", "vendor");
        assertEquals(403, Api.upload(CONTRACTS + "/" + contract + "/items/import", vendorToken, XLSX, good).status());
        assertEquals(0, items(contract, vendorToken).size());

        Api.Reply imported = Api.upload(CONTRACTS + "/" + contract + "/items/import", admin, XLSX, good);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(3, imported.json().asJsonObject().getInt("imported"));

        JsonArray groups = items(contract, vendorToken);
        assertEquals(2, groups.size());
        JsonObject farmGroup = groups.getJsonObject(0);
        assertEquals(farmId, farmGroup.getJsonNumber("unitId").longValue());
        assertEquals(2, farmGroup.getJsonArray("items").size());
        assertEquals("LINE_LEASE_OR_PURCHASED_SERVICE", farmGroup.getJsonArray("items").getJsonObject(0).getString("category"));
        assertEquals("HARDWARE_AND_SYSTEM", farmGroup.getJsonArray("items").getJsonObject(1).getString("category"));
        JsonObject waterGroup = groups.getJsonObject(1);
        assertEquals(waterId, waterGroup.getJsonNumber("unitId").longValue());
        assertEquals("LINE_LEASE_OR_PURCHASED_SERVICE", waterGroup.getJsonArray("items").getJsonObject(0).getString("category"));
        assertEquals(1, Api.get(CONTRACTS + "/" + contract + "/items?unitId=" + waterId, admin).json().asJsonArray()
                .getJsonObject(0).getJsonArray("items").size());

        byte[] bad = Workbooks.xlsx("附件1", new String[][] {
                {"序号", "单位名称", "运维项目名称", "主要运维内容"},
                {"4", farm, "视频会议专线", "10M 视频会议专线"},
                {"5", "不存在的单位 " + tag, "互联网专线", "100M"}});
        assertProblem(Api.upload(CONTRACTS + "/" + contract + "/items/import", admin, XLSX, bad), 400, "rows[1].unit");
        byte[] noName = Workbooks.xlsx("附件1", new String[][] {
                {"序号", "单位名称", "运维项目名称", "主要运维内容"},
                {"4", farm, "", "10M 视频会议专线"}});
        assertProblem(Api.upload(CONTRACTS + "/" + contract + "/items/import", admin, XLSX, noName), 400, "rows[0].name");
        assertEquals(3, items(contract, admin).stream().mapToInt(g -> g.asJsonObject().getJsonArray("items").size()).sum());
    }

    @Test
    void badContractInputIsNamed() {
        long vendor = id(Api.post(BASE + "/vendors", admin, "{\"name\":\"合同校验 " + UUID.randomUUID() + "\"}"));
        int before = Api.get(CONTRACTS, admin).json().asJsonArray().size();
        assertProblem(Api.post(CONTRACTS, admin, contract(vendor, "2026-06-10", "2026-06-09", "100.00")), 400, "period.end");
        assertProblem(Api.post(CONTRACTS, admin, contract(vendor, "2026-06-10", "2027-06-09", "0")), 400, "total");
        assertProblem(Api.post(CONTRACTS, admin, contract(vendor, "2026-06-10", "2027-06-09", "-5")), 400, "total");
        assertEquals(403, Api.post(CONTRACTS, Api.token("luohe", "vendor"),
                contract(vendor, "2026-06-10", "2027-06-09", "100.00")).status());
        assertEquals(before, Api.get(CONTRACTS, admin).json().asJsonArray().size());
    }

    private static String contract(long vendor, String start, String end, String total) {
        return "{\"vendorId\":" + vendor + ",\"name\":\"2026 年度市级非涉密政务信息系统一体化运维项目（B 包）\","
                + "\"period\":{\"start\":\"" + start + "\",\"end\":\"" + end + "\"},\"total\":" + total + "}";
    }

    private static JsonArray items(long contract, String token) {
        Api.Reply reply = Api.get(CONTRACTS + "/" + contract + "/items", token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().asJsonArray();
    }

    private static long id(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(field, reply.json().asJsonObject().getString("field"), reply::toString);
    }
}
