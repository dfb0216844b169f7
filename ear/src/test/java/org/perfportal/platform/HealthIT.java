package org.perfportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Onboarding;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/** The MicroProfile Health endpoint tells an operator whether the database and every tenant's realm answer. */
@PortalIT
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void reportsTheDatabaseAndEachTenantRealm() {
        Map<String, JsonObject> checks = checks();

        JsonObject database = checks.get("database");
        assertEquals("UP", database.getString("status"));
        assertTrue(database.getJsonObject("data").getString("product").startsWith("PostgreSQL"), database::toString);

        JsonObject realms = checks.get("keycloak").getJsonObject("data");
        for (String tenant : new String[] {"luohe", "ordos", "pingliang", "shanghai"}) {
            assertEquals("UP", realms.getString(tenant), tenant);
        }
    }

    /**
     * A registered tenant whose realm is missing in Keycloak (here deleted after onboarding) makes the
     * portal not ready. The database is shared by every test of the run, so the realm-less tenant is
     * removed again (straight from the table: the portal offers no deletion of tenants), and the
     * portal is ready again.
     */
    @Test
    void aTenantWithoutItsRealmIsReportedDown() throws SQLException {
        String id = "norealm" + UUID.randomUUID().toString().substring(0, 6);
        try {
            assertEquals(201, Onboarding.onboard(id, "领域被删除的机构").status());
            assertEquals(204, Api.keycloakAdmin("DELETE", "/" + id, null, null).status());

            JsonObject keycloak = checks().get("keycloak");
            assertEquals("DOWN", keycloak.getString("status"));
            assertEquals("HTTP 404", keycloak.getJsonObject("data").getString(id));
            assertEquals("UP", keycloak.getJsonObject("data").getString("luohe"));
        } finally {
            removeTenant(id);
        }
        JsonObject keycloak = checks().get("keycloak");
        assertEquals("UP", keycloak.getString("status"), keycloak::toString);
        assertFalse(keycloak.getJsonObject("data").containsKey(id), keycloak::toString);
    }

    private static void removeTenant(String id) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + Integer.getInteger("it.db.port") + "/portal";
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             PreparedStatement delete = c.prepareStatement("DELETE FROM tenant WHERE id = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
    }

    private static Map<String, JsonObject> checks() {
        Api.Reply reply = Api.get("/health", null);
        assertTrue(reply.status() == 200 || reply.status() == 503, reply::toString);
        return reply.json().asJsonObject().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
    }
}
