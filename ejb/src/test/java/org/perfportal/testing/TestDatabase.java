package org.perfportal.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.perfportal.platform.SchemaMigrator;
import org.perfportal.tenant.TenantContext;

/**
 * A real PostgreSQL for persistence tests that need no server: embedded, migrated by the portal's
 * own changelog (with or without the demo data), and the portal's persistence unit on top of it
 * with resource-local transactions. Work runs bound to one tenant, as the container does it, so
 * the tests exercise the same multitenant filtering as production.
 */
public final class TestDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final EntityManagerFactory emf;

    private TestDatabase(EmbeddedPostgres postgres, EntityManagerFactory emf) {
        this.postgres = postgres;
        this.emf = emf;
    }

    /** Starts a database, migrates it ({@code demoData}: also the {@code demo} context) and opens the unit. */
    public static TestDatabase migrated(boolean demoData) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            SchemaMigrator.migrate(c, demoData);
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("portal", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", postgres.getPostgresDatabase(),
                "eclipselink.weaving", "false"));
        return new TestDatabase(postgres, emf);
    }

    /** Runs {@code work} for {@code tenant} in one committed transaction and answers its result. */
    public <T> T inTenant(String tenant, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager(Map.of(TenantContext.TENANT_PROPERTY, tenant));
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs {@code work} for {@code tenant} in one committed transaction. */
    public void inTransaction(String tenant, Consumer<EntityManager> work) {
        inTenant(tenant, em -> {
            work.accept(em);
            return null;
        });
    }

    /** The factory itself, for a test about an EntityManager bound to no tenant. */
    public EntityManagerFactory emf() {
        return emf;
    }

    /** The database as a plain JDBC source (migrations, counts outside JPA). */
    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws Exception {
        emf.close();
        postgres.close();
    }

    /**
     * A database for one test class that needs nothing else before its tests:
     * {@code @RegisterExtension static final TestDatabase.PerClass DEMO = TestDatabase.perClass(true);}
     * migrates it before the first test and closes it after the last.
     */
    public static PerClass perClass(boolean demoData) {
        return new PerClass(demoData);
    }

    /** See {@link #perClass(boolean)}. */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private final boolean demoData;
        private TestDatabase db;

        private PerClass(boolean demoData) {
            this.demoData = demoData;
        }

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            db = migrated(demoData);
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            db.close();
        }

        /** The class's database, once its tests run. */
        public TestDatabase db() {
            return db;
        }
    }
}
