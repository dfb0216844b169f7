package org.perfportal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.OmContracts;
import org.perfportal.it.Onboarding;
import org.perfportal.it.PortalIT;
import org.perfportal.it.Workbooks;

/**
 * Onboarding through the API alone (issue 13): the platform operator's one call creates the tenant,
 * its Keycloak realm with a first administrator and the template scheme of each kind enabled; the
 * new tenant works like the four seeded ones, sees none of their data, and can be suspended.
 */
@PortalIT
class TenantOnboardingIT {

    private static final String[] SEEDED = {"luohe", "ordos", "pingliang", "shanghai"};
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String operator = Api.token("platform", "platform-operator");

    /**
     * 西安市大数据管理局 goes live: onboarded with {@code om-monthly}, its admin signs in with the new realm's
     * token, creates its assessor and vendor users, a vendor, two using units, a contract and its items, a fault,
     * and the month 2025-03 is computed with the template scheme {@code om-monthly-template-2025} (luohe-2025's
     * rule). Figures by hand (附件4.2; contract 1,200,000.00 over 2025-03-10 … 2026-03-09, 12 months → monthly fee
     * 100,000.00; contract month 2025-03 = 03-10 … 04-10, the first, so nothing to compare for 日常工作开展不力):
     * <pre>
     * 西安市政务云中心 (one system): no form 30 + no routine work 0 + L1 fault reported 03-20 09:00, restored 12:00
     *                  (> 2 h) 30 − 10 = 20 + empty catalogue 10 → 60
     * 西安市气象局 (line lease only): 30 + 30 (满分) + 30 + 10 → 100
     * mean (60 + 100) / 2 = 80.00 → 良好 (≥ 80), 5% × 100,000.00 = 5,000.00 (伍仟元整)
     * </pre>
     * Luohe's result computed before the onboarding reads the same after it, the seeded tenants' schemes are
     * unchanged, and no list of xian's holds a Luohe record (nor the reverse).
     */
    @Test
    void xianIsOnboardedThroughTheApiAndComputesAMonth() {
        // Before: a Luohe month computed (OmMonthIT's first month: 79.00) and every seeded tenant's schemes.
        String luoheAdmin = Api.token("luohe", "tenant-admin");
        OmContracts.Contract luohe = OmContracts.register(luoheAdmin);
        JsonObject luoheJune = created(Api.post(luohe.assessments(), Api.token("luohe", "assessor"), "{\"month\":\"2026-06\"}"));
        Map<String, String> schemesBefore = new HashMap<>();
        for (String tenant : SEEDED) {
            schemesBefore.put(tenant, Api.get("/api/v1/tenants/" + tenant + "/schemes", Api.token(tenant, "tenant-admin")).body());
        }

        Api.Reply reply = Api.post(Onboarding.TENANTS, operator, Onboarding.body("xian", "西安市大数据管理局", null, "om-monthly"));
        assertEquals(201, reply.status(), reply::toString);
        assertTrue(reply.cacheControl().contains("no-store"), reply::toString);
        JsonObject onboarded = reply.json().asJsonObject();
        assertEquals("xian", onboarded.getJsonObject("tenant").getString("realm"));
        assertEquals("ACTIVE", onboarded.getJsonObject("tenant").getString("status"));
        assertEquals("admin", onboarded.getJsonObject("admin").getString("username"));
        String temporary = onboarded.getJsonObject("admin").getString("temporaryPassword");
        assertEquals(16, temporary.length());
        JsonObject given = onboarded.getJsonArray("schemes").getJsonObject(0);
        assertEquals("om-monthly", given.getString("kind"));
        assertEquals("om-monthly-template-2025", given.getString("versionLabel"));

        // The realm is the template's: seven roles, portal-web public with PKCE and no password grant.
        JsonObject realm = Api.keycloakAdmin("GET", "/xian", null, null).json().asJsonObject();
        assertTrue(realm.getBoolean("bruteForceProtected"));
        assertTrue(realm.getString("passwordPolicy").contains("length(12)"));
        assertEquals("西安市大数据管理局", realm.getString("displayName"));
        JsonArray roles = Api.keycloakAdmin("GET", "/xian/roles", null, null).json().asJsonArray();
        for (String role : new String[] {"tenant-admin", "assessor", "approver", "vendor", "unit", "finance", "auditor"}) {
            assertTrue(roles.stream().anyMatch(r -> r.asJsonObject().getString("name").equals(role)), role);
        }
        JsonObject web = Api.keycloakAdmin("GET", "/xian/clients?clientId=portal-web", null, null).json().asJsonArray().getJsonObject(0);
        assertTrue(web.getBoolean("publicClient"));
        assertFalse(web.getBoolean("directAccessGrantsEnabled"));
        assertEquals("S256", web.getJsonObject("attributes").getString("pkce.code.challenge.method"));
        assertEquals(System.getProperty("it.portal.url") + "/t/xian/*", web.getJsonArray("redirectUris").getString(0));

        // First sign-in: the temporary password alone is not enough; once replaced, the new realm's token works.
        Onboarding.addScriptClient("xian");
        Api.Reply withTemporary = Api.passwordGrant("xian", Onboarding.SCRIPT_CLIENT, "admin", temporary);
        assertEquals(400, withTemporary.status(), withTemporary::toString);
        String admin = Onboarding.firstSignIn("xian", "admin", "Xian-Admin-2025");
        String assessor = Onboarding.createUser("xian", admin, "assessor", "assessor", "Xian-Assessor-2025");
        String vendorUser = Onboarding.createUser("xian", admin, "vendor", "vendor", "Xian-Vendor-2025");
        JsonArray schemes = Api.get("/api/v1/tenants/xian/schemes", admin).json().asJsonArray();
        assertEquals(1, schemes.size(), schemes::toString);
        assertEquals("PUBLISHED", schemes.getJsonObject(0).getString("status"));

        String base = "/api/v1/tenants/xian";
        long vendor = id(Api.post(base + "/vendors", admin, "{\"name\":\"中国电信股份有限公司西安分公司\"}"));
        long cloud = id(Api.post(base + "/units", admin, "{\"name\":\"西安市政务云中心\"}"));
        long weather = id(Api.post(base + "/units", admin, "{\"name\":\"西安市气象局\"}"));
        long contract = id(Api.post(base + "/contracts", admin, "{\"vendorId\":" + vendor + ",\"name\":\"2025 年度政务信息系统运维项目\","
                + "\"period\":{\"start\":\"2025-03-10\",\"end\":\"2026-03-09\"},\"total\":1200000.00}"));
        String[][] rows = {
                {"序号", "单位名称", "运维项目名称", "主要运维内容", "类别"},
                {"1", "西安市政务云中心", "政务云平台运维", "云平台及数据库运维", "硬件及系统运维"},
                {"2", "西安市气象局", "气象专线", "专线租赁", "线路租赁和购买服务"}};
        Api.Reply imported = Api.upload(base + "/contracts/" + contract + "/items/import", admin, XLSX, Workbooks.xlsx("附件1", rows));
        assertEquals(200, imported.status(), imported::toString);
        long system = Api.get(base + "/contracts/" + contract + "/items", admin).json().asJsonArray().stream()
                .flatMap(g -> g.asJsonObject().getJsonArray("items").stream())
                .map(JsonValue::asJsonObject).filter(i -> i.getInt("sequence") == 1)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        created(Api.post(base + "/om-monthly/faults", vendorUser, "{\"contractId\":" + contract + ",\"itemId\":" + system
                + ",\"level\":1,\"description\":\"政务云平台数据库宕机\",\"reported\":\"2025-03-20T09:00:00+08:00\","
                + "\"responded\":\"2025-03-20T09:05:00+08:00\",\"restored\":\"2025-03-20T12:00:00+08:00\"}"));

        JsonObject march = created(Api.post(base + "/om-monthly/contracts/" + contract + "/assessments", assessor,
                "{\"month\":\"2025-03\"}"));
        assertEquals(given.getJsonNumber("id").longValue(), march.getJsonNumber("schemeId").longValue());
        JsonArray units = march.getJsonArray("units");
        assertAmount("60.00", unit(units, cloud).getJsonNumber("total"));
        assertAmount("20.00", unit(units, cloud).getJsonNumber("anomalyHandling"));
        assertAmount("100.00", unit(units, weather).getJsonNumber("total"));
        assertAmount("80.00", march.getJsonNumber("score"));
        assertEquals("GOOD", march.getString("grade"));
        assertAmount("100000.00", march.getJsonObject("monthlyFee").getJsonNumber("value"));
        assertAmount("5000.00", march.getJsonObject("moneyDeducted").getJsonNumber("value"));
        assertEquals("伍仟元整", march.getJsonObject("moneyDeducted").getString("capitals"));

        // Isolation: xian sees none of Luohe's records and Luohe none of xian's; a xian token is foreign at Luohe.
        String xianVendors = Api.get(base + "/vendors", admin).body();
        assertFalse(xianVendors.contains(luohe.tag()), xianVendors);
        assertFalse(Api.get(base + "/units", admin).body().contains(luohe.tag()));
        assertEquals(404, Api.get(base + "/contracts/" + luohe.id(), admin).status());
        assertFalse(Api.get("/api/v1/tenants/luohe/vendors", luoheAdmin).body().contains("西安分公司"));
        assertEquals(401, Api.get("/api/v1/tenants/luohe/vendors", admin).status());

        // The seeded tenants are untouched: Luohe's result reads as before, every scheme list is the same.
        JsonObject juneAfter = Api.get(luohe.assessments() + "/" + luoheJune.getJsonNumber("id").longValue(),
                Api.token("luohe", "assessor")).json().asJsonObject();
        assertAmount("79.00", juneAfter.getJsonNumber("score"));
        assertEquals(luoheJune.getJsonNumber("score").bigDecimalValue(), juneAfter.getJsonNumber("score").bigDecimalValue());
        for (String tenant : SEEDED) {
            assertEquals(schemesBefore.get(tenant), Api.get("/api/v1/tenants/" + tenant + "/schemes",
                    Api.token(tenant, "tenant-admin")).body(), tenant);
        }
    }

    /** Suspension closes the tenant's API with 403 {@code tenant} and keeps its data; re-activation restores it. */
    @Test
    void aSuspendedTenantIs403AndKeepsItsData() {
        String id = "s" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, Onboarding.onboard(id, "暂停测试机构").status());
        Onboarding.addScriptClient(id);
        String admin = Onboarding.firstSignIn(id, "admin", "Suspend-Test-2025");
        id(Api.post("/api/v1/tenants/" + id + "/vendors", admin, "{\"name\":\"保留的服务商\"}"));

        Api.Reply suspended = Api.put(Onboarding.TENANTS + "/" + id, operator, "{\"status\":\"SUSPENDED\"}");
        assertEquals(200, suspended.status(), suspended::toString);
        assertEquals("SUSPENDED", suspended.json().asJsonObject().getString("status"));
        Api.Reply refused = Api.get("/api/v1/tenants/" + id + "/vendors", admin);
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.isProblem(), refused::toString);
        assertEquals("tenant", refused.json().asJsonObject().getString("field"));
        assertEquals(403, Api.post("/api/v1/tenants/" + id + "/vendors", admin, "{\"name\":\"x\"}").status());
        // Other tenants are not affected.
        assertEquals(200, Api.get("/api/v1/tenants/luohe/vendors", Api.token("luohe", "tenant-admin")).status());

        assertEquals(200, Api.put(Onboarding.TENANTS + "/" + id, operator, "{\"status\":\"ACTIVE\"}").status());
        Api.Reply back = Api.get("/api/v1/tenants/" + id + "/vendors", admin);
        assertEquals(200, back.status(), back::toString);
        assertTrue(back.body().contains("保留的服务商"), back::toString);

        assertEquals(404, Api.put(Onboarding.TENANTS + "/atlantis", operator, "{\"status\":\"SUSPENDED\"}").status());
        assertEquals(401, Api.put(Onboarding.TENANTS + "/" + id, admin, "{\"status\":\"SUSPENDED\"}").status());
    }

    /**
     * A realm Keycloak already has (here made by hand, unknown to the registry) is 409 {@code realm}: nothing is
     * stored in the portal and the existing realm is left alone. A kind that does not exist is 400 before Keycloak is asked.
     */
    @Test
    void aRealmKeycloakAlreadyHasIs409AndNothingIsStoredOrDeleted() {
        String realm = "r" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, Api.keycloakAdmin("POST", "", null, "{\"realm\":\"" + realm + "\",\"enabled\":true}").status());
        String id = "t" + UUID.randomUUID().toString().substring(0, 8);

        Api.Reply taken = Api.post(Onboarding.TENANTS, operator, Onboarding.body(id, "重名领域机构", realm, "om-monthly"));
        assertEquals(409, taken.status(), taken::toString);
        assertEquals("realm", taken.json().asJsonObject().getString("field"));
        assertFalse(Api.get(Onboarding.TENANTS, operator).body().contains("\"" + id + "\""));
        assertEquals(200, Api.keycloakAdmin("GET", "/" + realm, null, null).status(), "the existing realm was kept");

        Api.Reply unknownKind = Api.post(Onboarding.TENANTS, operator, Onboarding.body(id, "未知类型机构", null, "om-monthly", "astrology"));
        assertEquals(400, unknownKind.status(), unknownKind::toString);
        assertEquals("kinds[1]", unknownKind.json().asJsonObject().getString("field"));
        assertEquals(404, Api.keycloakAdmin("GET", "/" + id, null, null).status(), "no realm was made");
        assertFalse(Api.get(Onboarding.TENANTS, operator).body().contains("\"" + id + "\""));
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().asJsonObject();
    }

    private static long id(Api.Reply reply) {
        return created(reply).getJsonNumber("id").longValue();
    }

    private static JsonObject unit(JsonArray units, long unitId) {
        return units.stream().map(JsonValue::asJsonObject).filter(u -> u.getString("unitId").equals(String.valueOf(unitId)))
                .findFirst().orElseThrow(() -> new AssertionError("no unit " + unitId + " in " + units));
    }

    private static void assertAmount(String expected, JsonNumber actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.bigDecimalValue()), () -> expected + " != " + actual);
    }
}
