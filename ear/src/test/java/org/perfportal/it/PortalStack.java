package org.perfportal.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.perfportal.devstack.Database;
import org.perfportal.devstack.Keycloak;
import org.perfportal.devstack.Payara;

/**
 * Starts what the deployed portal needs before Arquillian starts Payara: a fresh embedded
 * PostgreSQL and Keycloak with the tenant realms, on the test ports set by the build. Started
 * once for the whole test run and stopped after the last test, after Arquillian's Payara.
 */
public class PortalStack implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
    }

    /** The running servers; JUnit closes the root store's resources when the run ends. */
    record Running(Database db, Keycloak keycloak) implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            Database db = null;
            Keycloak keycloak = null;
            try {
                Path work = Files.createDirectories(Path.of(System.getProperty("it.work")));
                db = Database.start(work.resolve("pgdata"), Integer.getInteger("it.db.port"), true);
                db.ensureDatabase("portal");
                keycloak = Keycloak.start(Files.createDirectories(work.resolve("keycloak")),
                        Integer.getInteger("it.keycloak.port"), db, Api.PORTAL_URL);
                Path payaraHome = Path.of(System.getProperty("it.payara.home"));
                Payara.recreateDomain(payaraHome, "it", Integer.getInteger("it.payara.portbase"), work.resolve("asadmin.log"));
                return new Running(db, keycloak);
            } catch (java.io.IOException | RuntimeException e) {
                // Nothing closes what was started if the stack never comes up: a Keycloak left running would
                // hold its ports (and a parallel build's) after this run has failed.
                if (keycloak != null) {
                    keycloak.close();
                }
                if (db != null) {
                    db.close();
                }
                throw e instanceof java.io.IOException io ? new java.io.UncheckedIOException(io) : (RuntimeException) e;
            }
        }

        @Override
        public void close() {
            keycloak.close();
            db.close();
        }
    }
}
