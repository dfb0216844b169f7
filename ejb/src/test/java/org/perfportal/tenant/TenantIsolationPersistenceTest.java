package org.perfportal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.persistence.exceptions.QueryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfportal.contract.PartyDetails;
import org.perfportal.contract.Vendor;
import org.perfportal.platform.SchemaMigrator;
import org.perfportal.testing.TestDatabase;

/**
 * Isolation is a property of the persistence layer, not of the queries: the portal's own
 * persistence unit and entities, on a real PostgreSQL migrated by the portal's changelog, with
 * queries that carry no tenant condition at all. Runs outside the server (resource-local
 * transactions) so every access path can be tried directly.
 */
class TenantIsolationPersistenceTest {

    private static TestDatabase db;
    private static long luoheVendor;
    private static long ordosVendor;

    @BeforeAll
    static void startDatabase() throws Exception {
        db = TestDatabase.migrated(false);
        luoheVendor = db.inTenant("luohe", em -> persist(em, "中移建设有限公司"));
        ordosVendor = db.inTenant("ordos", em -> persist(em, "鄂托克旗外网运营商"));
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @Test
    void jpqlWithoutATenantConditionSeesOnlyTheBoundTenant() {
        List<String> names = db.inTenant("luohe", em ->
                em.createQuery("SELECT v.name FROM Vendor v", String.class).getResultList());
        assertEquals(List.of("中移建设有限公司"), names);
    }

    @Test
    void criteriaQueriesAreFilteredToo() {
        List<Vendor> vendors = db.inTenant("ordos", em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Vendor> query = cb.createQuery(Vendor.class);
            return em.createQuery(query.select(query.from(Vendor.class))).getResultList();
        });
        assertEquals(1, vendors.size());
        assertEquals("鄂托克旗外网运营商", vendors.get(0).name());
    }

    @Test
    void findByIdDoesNotReturnAnotherTenantsRow() {
        assertNull(db.inTenant("luohe", em -> em.find(Vendor.class, ordosVendor)));
        assertEquals("中移建设有限公司", db.inTenant("luohe", em -> em.find(Vendor.class, luoheVendor).name()));
    }

    @Test
    void bulkUpdateAndDeleteTouchOnlyTheBoundTenant() {
        int deleted = db.inTenant("luohe", em -> em.createQuery("DELETE FROM Vendor v WHERE v.id = :id")
                .setParameter("id", ordosVendor).executeUpdate());
        int updated = db.inTenant("luohe", em -> em.createQuery("UPDATE Vendor v SET v.contactPerson = '改写'").executeUpdate());

        assertEquals(0, deleted);
        assertEquals(1, updated);
        assertNull(db.inTenant("ordos", em -> em.find(Vendor.class, ordosVendor).contact().contactPerson()));
    }

    @Test
    void insertsCarryTheTenantInTheRow() throws SQLException {
        assertEquals("luohe", tenantColumnOf(luoheVendor));
        assertEquals("ordos", tenantColumnOf(ordosVendor));
    }

    @Test
    void withoutATenantNothingIsRead() {
        EntityManager em = db.emf().createEntityManager();
        try {
            // EclipseLink-6174: no value for the tenant property — not just any failure (a typo in the JPQL would also throw)
            PersistenceException e = assertThrows(PersistenceException.class,
                    () -> em.createQuery("SELECT v FROM Vendor v", Vendor.class).getResultList());
            QueryException cause = assertInstanceOf(QueryException.class, e.getCause());
            assertEquals(QueryException.MISSING_CONTEXT_PROPERTY_FOR_PROPERTY_PARAMETER_EXPRESSION, cause.getErrorCode(), cause::getMessage);
            assertTrue(cause.getMessage().contains("[eclipselink.tenant-id]"), cause::getMessage);
        } finally {
            em.close();
        }
    }

    /** Liquibase at a second start: the changelog is applied, so nothing runs again. */
    @Test
    void migratingAgainChangesNothing() throws SQLException {
        long before = count("SELECT count(*) FROM databasechangelog");
        try (Connection c = db.dataSource().getConnection()) {
            SchemaMigrator.migrate(c, false);
        }
        assertEquals(before, count("SELECT count(*) FROM databasechangelog"));
        assertEquals(4, count("SELECT count(*) FROM tenant"));
        assertEquals(0, count("SELECT count(*) FROM using_unit"), "no demo data without the demo context");
    }


    private static long persist(EntityManager em, String name) {
        Vendor vendor = new Vendor(name, null, new PartyDetails(null, null));
        em.persist(vendor);
        em.flush();
        return vendor.id();
    }

    /** Straight SQL, bypassing the persistence unit: what is really in the row. */
    private static String tenantColumnOf(long vendorId) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tenant_id FROM vendor WHERE id = " + vendorId)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
