package org.perfportal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/**
 * Two agencies on one portal see nothing of each other, through every path the API offers:
 * lists (JPQL without a tenant condition), reads and updates by id ({@code find()}), and a
 * token of one tenant presented at the other's address.
 */
@PortalIT
class TenantIsolationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final String luoheAdmin = Api.token("luohe", "tenant-admin");
    private final String ordosAdmin = Api.token("ordos", "tenant-admin");

    @Test
    void eachTenantListsOnlyItsOwnVendors() {
        String luoheName = "漯河隔离测试 " + UUID.randomUUID();
        String ordosName = "鄂托克旗隔离测试 " + UUID.randomUUID();
        assertEquals(201, Api.post("/api/v1/tenants/luohe/vendors", luoheAdmin, "{\"name\":\"" + luoheName + "\"}").status());
        assertEquals(201, Api.post("/api/v1/tenants/ordos/vendors", ordosAdmin, "{\"name\":\"" + ordosName + "\"}").status());

        List<String> luohe = names(Api.get("/api/v1/tenants/luohe/vendors", luoheAdmin));
        List<String> ordos = names(Api.get("/api/v1/tenants/ordos/vendors", ordosAdmin));

        assertTrue(luohe.contains(luoheName), luohe::toString);
        assertFalse(luohe.contains(ordosName), "luohe sees ordos' vendor: " + luohe);
        assertTrue(ordos.contains(ordosName), ordos::toString);
        assertFalse(ordos.contains(luoheName), "ordos sees luohe's vendor: " + ordos);
    }

    @Test
    void anotherTenantsRecordIsNotFoundByIdAndCannotBeChanged() {
        String ordosName = "鄂托克旗线路运营商 " + UUID.randomUUID();
        JsonObject ordosVendor = Api.post("/api/v1/tenants/ordos/vendors", ordosAdmin, "{\"name\":\"" + ordosName + "\"}")
                .json().asJsonObject();
        long id = ordosVendor.getJsonNumber("id").longValue();

        Api.Reply read = Api.get("/api/v1/tenants/luohe/vendors/" + id, luoheAdmin);
        assertEquals(404, read.status(), read::toString);
        assertTrue(read.isProblem());
        assertFalse(read.body().contains(ordosName));

        Api.Reply overwrite = Api.put("/api/v1/tenants/luohe/vendors/" + id, luoheAdmin, "{\"name\":\"hijacked\",\"version\":1}");
        assertEquals(404, overwrite.status(), overwrite::toString);
        assertEquals(ordosName, Api.get("/api/v1/tenants/ordos/vendors/" + id, ordosAdmin).json().asJsonObject().getString("name"));
    }

    @Test
    void aTokenOfOneTenantIsRefusedAtAnothersAddress() {
        Api.Reply reply = Api.get("/api/v1/tenants/ordos/vendors", luoheAdmin);

        assertEquals(401, reply.status(), reply::toString);
        assertTrue(reply.isProblem());
        assertFalse(reply.body().contains("\"name\""), "no vendor data in a refusal: " + reply.body());
    }

    @Test
    void usingUnitsAreIsolatedToo() {
        String unitName = "平凉市测试单位 " + UUID.randomUUID();
        String pingliangAdmin = Api.token("pingliang", "tenant-admin");
        Api.Reply created = Api.post("/api/v1/tenants/pingliang/units", pingliangAdmin,
                "{\"name\":\"" + unitName + "\",\"kind\":\"COUNTY_DISTRICT\"}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().asJsonObject().getJsonNumber("id").longValue();

        assertEquals(404, Api.get("/api/v1/tenants/luohe/units/" + id, luoheAdmin).status());
        assertFalse(names(Api.get("/api/v1/tenants/luohe/units", luoheAdmin)).contains(unitName));
        assertEquals("COUNTY_DISTRICT",
                Api.get("/api/v1/tenants/pingliang/units/" + id, pingliangAdmin).json().asJsonObject().getString("kind"));
    }

    static List<String> names(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().asJsonArray().stream().map(JsonValue::asJsonObject).map(o -> o.getString("name")).toList();
    }
}
