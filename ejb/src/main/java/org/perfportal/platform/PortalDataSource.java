package org.perfportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's PostgreSQL database and its migration at start.
 *
 * <p>The connection comes from configuration ({@code PORTAL_DB_URL}, {@code PORTAL_DB_USER},
 * {@code PORTAL_DB_PASSWORD} in the server's environment): the launcher points it at the
 * embedded PostgreSQL, an operator at any external one. The pool validates connections with
 * PostgreSQL's own check so that it survives a database restart (PLATFORM.md).
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";

    private static final Logger LOG = Logger.getLogger(PortalDataSource.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            SchemaMigrator.migrate(connection, demoData);
        } catch (SQLException e) {
            throw new IllegalStateException("the database could not be migrated; the portal does not start without its schema", e);
        }
        LOG.info(() -> "schema up to date (demo data " + (demoData ? "on" : "off") + ") in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
