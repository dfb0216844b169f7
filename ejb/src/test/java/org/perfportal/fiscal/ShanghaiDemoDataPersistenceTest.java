package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.json.Json;
import java.io.StringReader;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfportal.platform.SchemaMigrator;
import org.perfportal.scheme.Scheme;
import org.perfportal.tenant.TenantContext;

/**
 * The Shanghai demo self-evaluations (changelog {@code 9002_demo_fiscal.xml}, context "demo"),
 * read back through the portal's own entities, compute exactly what the transcribed seed forms
 * of {@link ShanghaiSelfEvaluations2020} compute under the seeded shanghai-2020 scheme — golden
 * figures and warnings alike — carry the corrected goal and completion texts, and are seen by
 * tenant shanghai only.
 */
class ShanghaiDemoDataPersistenceTest {

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrateWithDemoData() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            SchemaMigrator.migrate(c, true);
        }
        emf = Persistence.createEntityManagerFactory("portal", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", postgres.getPostgresDatabase(),
                "eclipselink.weaving", "false"));
    }

    @AfterAll
    static void stop() throws Exception {
        emf.close();
        postgres.close();
    }

    @Test
    void demoFormsComputeAsTheSeedForms() {
        FiscalTemplate shanghai2020 = inTenant("shanghai", em -> new FiscalSchemeCodec().decode(Json.createReader(
                new StringReader(em.createQuery("SELECT s FROM Scheme s WHERE s.kind = 'shanghai-fiscal'", Scheme.class)
                        .getSingleResult().parameters())).readObject()));
        List<SelfEvaluationResult> demo = inTenant("shanghai", em -> em.createQuery(
                "SELECT e FROM SelfEvaluation e ORDER BY e.id", SelfEvaluation.class).getResultStream()
                .map(e -> e.content().evaluate(e.project(), shanghai2020)).toList());
        List<SelfEvaluationResult> seeds = ShanghaiSelfEvaluations2020.all().stream()
                .map(seed -> SelfEvaluationCalculator.evaluate(seed.form(), seed.template())).toList();

        assertEquals(seeds, demo);
    }

    @Test
    void onlyShanghaiHasThem() {
        long luohe = inTenant("luohe", em -> em.createQuery("SELECT COUNT(p) FROM FiscalProject p", Long.class)
                .getSingleResult());
        long shanghai = inTenant("shanghai", em -> em.createQuery("SELECT COUNT(p) FROM FiscalProject p", Long.class)
                .getSingleResult());

        assertEquals(0, luohe);
        assertEquals(4, shanghai);
    }

    private static <T> T inTenant(String tenant, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager(Map.of(TenantContext.TENANT_PROPERTY, tenant));
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }
}
