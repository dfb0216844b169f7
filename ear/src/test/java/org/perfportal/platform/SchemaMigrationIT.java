package org.perfportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/**
 * Liquibase runs at every application start; a second start changes nothing and keeps the data.
 */
@PortalIT
class SchemaMigrationIT {

    private static final String DEPLOYMENT = "portal-restarted";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aSecondStartAppliesNoChangesetAndKeepsTheData() throws SQLException {
        deployer.deploy(DEPLOYMENT);
        String name = "重启前登记的服务商 " + UUID.randomUUID();
        String admin = Api.token("shanghai", "tenant-admin");
        assertEquals(201, Api.post("/api/v1/tenants/shanghai/vendors", admin, "{\"name\":\"" + name + "\"}").status());
        long changesets = count("SELECT count(*) FROM databasechangelog");
        assertTrue(changesets >= 4, "the schema changesets ran: " + changesets);

        deployer.undeploy(DEPLOYMENT);
        deployer.deploy(DEPLOYMENT);

        assertEquals(changesets, count("SELECT count(*) FROM databasechangelog"), "a restart applied changesets again");
        assertEquals(4, count("SELECT count(*) FROM tenant WHERE id IN ('luohe','ordos','pingliang','shanghai')"));
        assertTrue(Api.get("/api/v1/tenants/shanghai/vendors", admin).body().contains(name), "data survives the restart");
        deployer.undeploy(DEPLOYMENT);
    }

    /** Straight to the database, as an operator would check: bypassing the portal is the point. */
    private static long count(String sql) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + Integer.getInteger("it.db.port") + "/portal";
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
