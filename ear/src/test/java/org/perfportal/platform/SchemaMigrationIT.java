package org.perfportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * Every schema changeset the shipped changelogs hold ran exactly once — the ids read from the EJB
     * module's changelog files, not a lower bound — and a second start adds none. The deployment is
     * undeployed whatever happens, so a failure here does not leave a second portal running for the
     * next test class.
     */
    @Test
    void aSecondStartAppliesNoChangesetAndKeepsTheData() throws SQLException, IOException {
        Set<String> schemaChangesets = shippedChangesets(false);
        Set<String> demoChangesets = shippedChangesets(true);
        deployer.deploy(DEPLOYMENT);
        try {
            String name = "重启前登记的服务商 " + UUID.randomUUID();
            String admin = Api.token("shanghai", "tenant-admin");
            assertEquals(201, Api.post("/api/v1/tenants/shanghai/vendors", admin, "{\"name\":\"" + name + "\"}").status());
            Set<String> ran = ids();
            Set<String> ranSchema = new TreeSet<>(ran);
            ranSchema.removeAll(demoChangesets);
            assertEquals(schemaChangesets, ranSchema, "every schema changeset of the changelogs ran, and no other");
            long changesets = count("SELECT count(*) FROM databasechangelog");
            assertEquals(ran.size(), changesets, "each changeset ran once");

            deployer.undeploy(DEPLOYMENT);
            deployer.deploy(DEPLOYMENT);

            assertEquals(changesets, count("SELECT count(*) FROM databasechangelog"), "a restart applied changesets again");
            assertEquals(ran, ids(), "a restart applied changesets again");
            assertEquals(4, count("SELECT count(*) FROM tenant WHERE id IN ('luohe','ordos','pingliang','shanghai')"));
            assertTrue(Api.get("/api/v1/tenants/shanghai/vendors", admin).body().contains(name), "data survives the restart");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    /**
     * The changeset ids of the changelogs in the EJB module (the same jar the EAR ships): those of the
     * {@code demo} context when {@code demo}, all others otherwise.
     */
    private static Set<String> shippedChangesets(boolean demo) throws IOException {
        Pattern changeSet = Pattern.compile("<changeSet\\s[^>]*>");
        Pattern id = Pattern.compile("\\sid=\"([^\"]+)\"");
        Pattern context = Pattern.compile("\\scontext=\"([^\"]*)\"");
        Set<String> ids = new TreeSet<>();
        for (String xml : changelogFiles()) {
            Matcher m = changeSet.matcher(xml);
            while (m.find()) {
                Matcher c = context.matcher(m.group());
                boolean isDemo = c.find() && c.group(1).contains("demo");
                Matcher i = id.matcher(m.group());
                if (isDemo == demo && i.find()) {
                    ids.add(i.group(1));
                }
            }
        }
        assertTrue(demo || ids.size() > 10, "the changelogs were found: " + ids);
        return ids;
    }

    /** The changelog files of the EJB module, from its jar (or its classes folder in a reactor build). */
    private static java.util.List<String> changelogFiles() throws IOException {
        File module = new File(SchemaMigrator.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        java.util.List<String> files = new java.util.ArrayList<>();
        if (module.isDirectory()) {
            try (java.util.stream.Stream<java.nio.file.Path> paths = java.nio.file.Files.walk(module.toPath().resolve("db/changelog"))) {
                for (java.nio.file.Path p : paths.filter(p -> p.toString().endsWith(".xml")).toList()) {
                    files.add(java.nio.file.Files.readString(p));
                }
            }
            return files;
        }
        try (JarFile jar = new JarFile(module)) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().startsWith("db/changelog/") && entry.getName().endsWith(".xml")) {
                    files.add(new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static Set<String> ids() throws SQLException {
        String url = "jdbc:postgresql://localhost:" + Integer.getInteger("it.db.port") + "/portal";
        Set<String> ids = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM databasechangelog")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
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
