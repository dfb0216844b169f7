package org.perfportal.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.perfportal.payment.Installment;
import org.perfportal.testing.TestDatabase;

/**
 * The Luohe B 包 contract and its 65 O&amp;M items (changelog {@code 9003_demo_luohe_contract.xml},
 * context "demo") read back through the entities: DOMAIN §2 golden values (total, monthly fee,
 * four 25% installments and their periods), 65 items over the 10 demo units, and only tenant
 * luohe sees them.
 */
class LuoheContractDemoDataPersistenceTest {

    @RegisterExtension
    static final TestDatabase.PerClass DEMO = TestDatabase.perClass(true);

    @Test
    void theContractHasTheGoldenFigures() {
        ServiceContract contract = DEMO.db().inTenant("luohe", em -> em.createQuery("SELECT c FROM ServiceContract c",
                ServiceContract.class).getSingleResult());

        assertEquals("2026 年度市级非涉密政务信息系统一体化运维项目（B 包）", contract.name());
        assertEquals("中移建设有限公司", contract.vendor().name());
        assertEquals(LocalDate.of(2026, 6, 10), contract.serviceStart());
        assertEquals(LocalDate.of(2027, 6, 9), contract.serviceEnd());
        assertEquals(new BigDecimal("11625000.00"), contract.total());
        assertEquals(new BigDecimal("968750.00"), contract.monthlyFee());
        List<Installment> plan = contract.installments();
        assertEquals(4, plan.size());
        plan.forEach(i -> assertEquals(new BigDecimal("2906250.00"), i.amount()));
        assertEquals(LocalDate.of(2026, 9, 9), plan.get(0).lastDay());
        assertEquals(LocalDate.of(2026, 12, 10), plan.get(2).firstDay());
        assertEquals(LocalDate.of(2027, 6, 9), plan.get(3).lastDay());
    }

    @Test
    void sixtyFiveItemsOverTenUnits() {
        List<OmItem> items = DEMO.db().inTenant("luohe", em -> em.createQuery("SELECT i FROM OmItem i ORDER BY i.sequenceNo",
                OmItem.class).getResultList());

        assertEquals(65, items.size());
        assertEquals(10, items.stream().map(i -> i.unit().id()).distinct().count());
        assertEquals("市农机中心", items.get(0).unit().name());
        assertEquals(OmItemCategory.LINE_LEASE_OR_PURCHASED_SERVICE, items.get(0).category());
        assertEquals(OmItemCategory.HARDWARE_AND_SYSTEM, items.get(1).category());
        assertEquals("市气象局", items.get(64).unit().name());
        assertEquals(37, items.stream().filter(i -> i.category() == OmItemCategory.LINE_LEASE_OR_PURCHASED_SERVICE).count());
        items.forEach(i -> assertEquals(OmItemCategory.classify(i.name(), i.content()), i.category(),
                () -> "seeded category of item " + i.sequenceNo() + " differs from the documented rule"));
    }

    @Test
    void onlyLuoheHasThem() {
        assertEquals(0L, (long) DEMO.db().inTenant("ordos", em -> em.createQuery("SELECT COUNT(i) FROM OmItem i", Long.class)
                .getSingleResult()));
        assertEquals(0L, (long) DEMO.db().inTenant("shanghai", em -> em.createQuery("SELECT COUNT(c) FROM ServiceContract c",
                Long.class).getSingleResult()));
    }

}
