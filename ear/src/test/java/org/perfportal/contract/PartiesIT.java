package org.perfportal.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/**
 * Vendors and using units through the API: registered, read, revised; bad input answered with a
 * problem naming the field, and nothing stored.
 */
@PortalIT
class PartiesIT {

    private static final String VENDORS = "/api/v1/tenants/luohe/vendors";
    private static final String UNITS = "/api/v1/tenants/luohe/units";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String admin = Api.token("luohe", "tenant-admin");

    @Test
    void registerReadAndReviseAVendor() {
        String name = "中移建设有限公司漯河分公司 " + UUID.randomUUID();
        Api.Reply created = Api.post(VENDORS, admin,
                "{\"name\":\"" + name + "\",\"creditCode\":\"91110000710925243K\",\"contact\":{\"person\":\"张伟\",\"phone\":\"0395-1234567\"}}");
        assertEquals(201, created.status(), created::toString);
        JsonObject vendor = created.json().asJsonObject();
        long id = vendor.getJsonNumber("id").longValue();

        // the assessor sees the taxpayer id and the phone masked; finance and the tenant admin in full
        JsonObject read = Api.get(VENDORS + "/" + id, Api.token("luohe", "assessor")).json().asJsonObject();
        assertEquals(name, read.getString("name"));
        assertEquals("张伟", read.getJsonObject("contact").getString("person"));
        assertEquals("9111**********243K", read.getString("creditCode"));
        assertEquals("039*****4567", read.getJsonObject("contact").getString("phone"));
        JsonObject full = Api.get(VENDORS + "/" + id, Api.token("luohe", "finance")).json().asJsonObject();
        assertEquals("91110000710925243K", full.getString("creditCode"));
        assertEquals("0395-1234567", full.getJsonObject("contact").getString("phone"));
        assertTrue(Api.get(VENDORS, Api.token("luohe", "vendor")).body().contains("9111**********243K"), "the list masks too");
        assertEquals("91110000710925243K", Api.get(VENDORS + "/" + id, admin).json().asJsonObject().getString("creditCode"));

        long version = read.getJsonNumber("version").longValue();
        Api.Reply revised = Api.put(VENDORS + "/" + id, admin,
                "{\"name\":\"" + name + "（更名）\",\"contact\":{\"person\":\"李娜\"},\"version\":" + version + "}");
        assertEquals(200, revised.status(), revised::toString);
        assertEquals("李娜", revised.json().asJsonObject().getJsonObject("contact").getString("person"));
        assertEquals(version + 1, revised.json().asJsonObject().getJsonNumber("version").longValue());
    }

    /** Two editors read version v; the first saves, the second gets 409 and the first's edit stands. */
    @Test
    void aConcurrentEditLosesWith409AndNothingIsLost() {
        long id = Api.post(UNITS, admin, "{\"name\":\"市水利局测试科 " + UUID.randomUUID() + "\"}").json().asJsonObject()
                .getJsonNumber("id").longValue();
        long version = Api.get(UNITS + "/" + id, admin).json().asJsonObject().getJsonNumber("version").longValue();

        Api.Reply first = Api.put(UNITS + "/" + id, admin, "{\"name\":\"第一位编辑 " + id + "\",\"version\":" + version + "}");
        Api.Reply second = Api.put(UNITS + "/" + id, admin, "{\"name\":\"第二位编辑 " + id + "\",\"version\":" + version + "}");

        assertEquals(200, first.status(), first::toString);
        assertEquals(409, second.status(), second::toString);
        assertEquals("version", second.json().asJsonObject().getString("field"));
        assertEquals("第一位编辑 " + id, Api.get(UNITS + "/" + id, admin).json().asJsonObject().getString("name"));
    }

    @Test
    void malformedJsonIs400NamingTheBody() {
        int before = count(VENDORS);
        Api.Reply reply = Api.post(VENDORS, admin, "{\"name\": \"半截");
        assertProblem(reply, 400, "body");
        assertEquals(before, count(VENDORS));
    }

    @Test
    void missingNameIs400NamingIt() {
        int before = count(UNITS);
        assertProblem(Api.post(UNITS, admin, "{\"kind\":\"DEPARTMENT\"}"), 400, "name");
        assertEquals(before, count(UNITS));
    }

    @Test
    void overLongNameIs400NamingIt() {
        String tooLong = "局".repeat(201);
        assertProblem(Api.post(VENDORS, admin, "{\"name\":\"" + tooLong + "\"}"), 400, "name");
        assertFalse(Api.get(VENDORS, admin).body().contains(tooLong));
    }

    @Test
    void badCreditCodeAndPhoneAreNamed() {
        Api.Reply reply = Api.post(VENDORS, admin, "{\"name\":\"校验测试 " + UUID.randomUUID()
                + "\",\"creditCode\":\"123\",\"contact\":{\"phone\":\"call me\"}}");
        assertProblem(reply, 400, "contact.phone");
        assertTrue(reply.body().contains("\"creditCode\""), reply::toString);
    }

    @Test
    void unknownUnitKindIs400() {
        assertEquals(400, Api.post(UNITS, admin, "{\"name\":\"x\",\"kind\":\"PROVINCE\"}").status());
    }

    @Test
    void duplicateNameIs409NamingIt() {
        String name = "重名测试 " + UUID.randomUUID();
        assertEquals(201, Api.post(VENDORS, admin, "{\"name\":\"" + name + "\"}").status());
        assertProblem(Api.post(VENDORS, admin, "{\"name\":\"" + name + "\"}"), 409, "name");
    }

    @Test
    void unknownIdIs404() {
        assertProblem(Api.get(UNITS + "/987654321", admin), 404, "id");
    }

    @Test
    void demoDataIsOffInTests() {
        assertFalse(Api.get(VENDORS, admin).body().contains("\"中移建设有限公司\""));
    }

    private int count(String path) {
        return Api.get(path, admin).json().asJsonArray().size();
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(field, reply.json().asJsonObject().getString("field"), reply::toString);
    }
}
