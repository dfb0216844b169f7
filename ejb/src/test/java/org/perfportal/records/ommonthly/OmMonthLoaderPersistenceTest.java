package org.perfportal.records.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfportal.assessment.ommonthly.AssessmentMonth;
import org.perfportal.assessment.ommonthly.DeductionKind;
import org.perfportal.assessment.ommonthly.FaultLevel;
import org.perfportal.assessment.ommonthly.ItemCategory;
import org.perfportal.assessment.ommonthly.OmMonthAssessment;
import org.perfportal.assessment.ommonthly.OmMonthRecords;
import org.perfportal.assessment.ommonthly.OmMonthResult;
import org.perfportal.assessment.ommonthly.OmSchemeParameters;
import org.perfportal.assessment.ommonthly.PenaltyKind;
import org.perfportal.assessment.ommonthly.SatisfactionLevel;
import org.perfportal.assessment.ommonthly.UnitMonthRecords;
import org.perfportal.assessment.ommonthly.WorkKind;
import org.perfportal.assessment.ommonthly.WorkRecord;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.OmItemCategory;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.UsingUnit;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.testing.TestDatabase;

/**
 * The loader on PostgreSQL with the Luohe demo contract (B 包, 2026-06-10…2027-06-09, 65 items over
 * 10 units): records stored through the entities come back as the pure input of the right
 * contract month (10th 00:00 to the next 10th, Asia/Shanghai), with the previous month for the
 * neglect detection, and only in tenant luohe.
 */
class OmMonthLoaderPersistenceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Assessment month 2026-07 = 2026-07-10T00:00+08 … 2026-08-10T00:00+08 (exclusive). */
    private static final AssessmentMonth JULY = new AssessmentMonth(YearMonth.of(2026, 7), 10, SHANGHAI);

    private static TestDatabase db;
    private static long contractId;
    /** 市农机中心: item 1 互联网专线 (line lease), item 2 河南农机云平台 (hardware and system). */
    private static long farmUnit;
    private static long farmLine;
    private static long farmPlatform;

    @BeforeAll
    static void demoContractWithRecords() throws Exception {
        db = TestDatabase.migrated(true);
        db.inTransaction("luohe", em -> {
            ServiceContract contract = em.createQuery("SELECT c FROM ServiceContract c", ServiceContract.class).getSingleResult();
            contractId = contract.id();
            List<OmItem> items = em.createQuery("SELECT i FROM OmItem i ORDER BY i.sequenceNo", OmItem.class).getResultList();
            OmItem line = items.get(0);
            OmItem platform = items.get(1);
            farmUnit = line.unit().id();
            farmLine = line.id();
            farmPlatform = platform.id();

            // fault A: reported on the 9th at 23:00, still open → relevant in 2026-07 (and 2026-08: its restore deadline is there)
            em.persist(new OmFault(contract, platform, FaultLevel.L3, "A", at("2026-08-09T23:00"), at("2026-08-09T23:10"), null));
            // fault B: reported at 00:00 on the 10th → belongs to 2026-08, not 2026-07
            em.persist(new OmFault(contract, platform, FaultLevel.L1, "B", at("2026-08-10T00:00"), null, null));
            // fault C: reported, responded and restored on 2026-07-09 → handled before 2026-07 began
            em.persist(new OmFault(contract, line, FaultLevel.L2, "C", at("2026-07-09T08:00"), at("2026-07-09T08:05"),
                    at("2026-07-09T09:00")));
            // work: a visit on the 9th at 23:59 counts in 2026-07, one at 00:00 on the 10th in 2026-08
            em.persist(new OmWork(contract, line.unit(), null, WorkKind.VISIT, at("2026-08-09T23:59"), "回访", null));
            em.persist(new OmWork(contract, line.unit(), null, WorkKind.VISIT, at("2026-08-10T00:00"), "回访", null));
            // June (the contract's first month) has one backup of the platform
            em.persist(new OmWork(contract, line.unit(), platform, WorkKind.BACKUP, at("2026-06-20T02:00"), null, "/backup/0620"));

            OmCatalogueEntry report = new OmCatalogueEntry(contract, platform, "运维工作月报");
            OmCatalogueEntry inspections = new OmCatalogueEntry(contract, platform, "巡检留痕记录");
            em.persist(report);
            em.persist(inspections);
            em.persist(new OmArchiveDocument(report, "2026-07", at("2026-08-05T10:00"), "平台上传"));

            List<SatisfactionLevel> ratings = List.of(SatisfactionLevel.SATISFIED, SatisfactionLevel.BASICALLY_SATISFIED,
                    SatisfactionLevel.SATISFIED, SatisfactionLevel.AVERAGE, SatisfactionLevel.SATISFIED);
            em.persist(new OmSatisfactionForm(contract, line.unit(), "2026-07", ratings, false, null, "保持", at("2026-08-08T16:00"), "unit"));
            // submitted after its month ended (2026-08-10): still the month's form, forms come in until the month is final
            UsingUnit other = items.get(items.size() - 1).unit();
            em.persist(new OmSatisfactionForm(contract, other, "2026-07", ratings, true, "慢", null, at("2026-08-12T09:00"), "unit2"));

            OmDeduction complaint = new OmDeduction(contract, "2026-07", DeductionKind.RESPONSIBLE_COMPLAINT,
                    new BigDecimal("3.00"), "有责投诉", "投诉单 2026-07-15", null, line.unit(), platform, "assessor");
            em.persist(complaint);
            em.persist(new OmDeduction(contract, "2026-08", DeductionKind.CHANGE_NOT_REPORTED, new BigDecimal("5.00"),
                    "未报备", "通知", null, line.unit(), null, "assessor"));
            em.persist(new OmMoneyPenalty(contract, "2026-07", PenaltyKind.ONSITE_STAFF_ABSENT, null, "驻场缺岗",
                    "考勤记录", null, "assessor"));
            em.flush();
            em.persist(new OmExemption(complaint.recordId(), "暴雨", "approver"));
        });
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void everyUnitOfTheContractWithItsSystemsAndCategories() {
        OmMonthRecords july = load(JULY);

        assertEquals(JULY, july.month());
        assertEquals(new BigDecimal("11625000.00"), july.contractTotal());
        assertEquals(10, july.units().size());
        UnitMonthRecords farm = farm(july.units());
        assertEquals(List.of(String.valueOf(farmPlatform)), farm.systemIds(), "only the hardware-and-system item is a system");
        assertEquals(Set.of(ItemCategory.LINE_LEASE_OR_PURCHASED_SERVICE, ItemCategory.HARDWARE_AND_SYSTEM), farm.itemCategories());
        long systems = july.units().stream().mapToLong(u -> u.systemIds().size()).sum();
        long hardwareItems = db.inTenant("luohe", em -> em.createQuery("SELECT COUNT(i) FROM OmItem i WHERE i.category = :c", Long.class)
                .setParameter("c", OmItemCategory.HARDWARE_AND_SYSTEM).getSingleResult());
        assertEquals(65 - 37, hardwareItems);
        assertEquals(hardwareItems, systems);
    }

    @Test
    void aFaultReportedOnTheNinthIsInThatMonthOneOnTheTenthInTheNext() {
        UnitMonthRecords july = farm(load(JULY).units());
        UnitMonthRecords august = farm(load(new AssessmentMonth(YearMonth.of(2026, 8), 10, SHANGHAI)).units());
        UnitMonthRecords june = farm(load(new AssessmentMonth(YearMonth.of(2026, 6), 10, SHANGHAI)).units());

        assertEquals(List.of("A"), descriptions(july), "B is reported at 2026-08-10T00:00+08, the first instant of 2026-08;"
                + " C was responded and restored before 2026-07-10");
        assertEquals(List.of("A", "B"), descriptions(august), "A is still open, its restore deadline (+24 h) falls in 2026-08");
        assertEquals(List.of("C"), descriptions(june));
        assertEquals(String.valueOf(farmLine), june.faults().get(0).systemId());
    }

    @Test
    void workOnTheNinthCountsInThatMonth() {
        List<WorkRecord> july = farm(load(JULY).units()).work();
        assertEquals(1, july.size());
        assertEquals(at("2026-08-09T23:59").toInstant(), july.get(0).at());
        assertEquals(null, july.get(0).systemId(), "a visit covers the whole unit");
    }

    @Test
    void thePreviousMonthIsAssembledExceptBeforeTheContractsFirstMonth() {
        OmMonthRecords june = load(new AssessmentMonth(YearMonth.of(2026, 6), 10, SHANGHAI));
        assertTrue(june.previousMonthUnits().isEmpty(), "2026-06 is the contract's first month (service from 2026-06-10)");

        OmMonthRecords july = load(JULY);
        assertEquals(10, july.previousMonthUnits().size());
        List<WorkRecord> juneWork = farm(july.previousMonthUnits()).work();
        assertEquals(1, juneWork.size());
        assertEquals(WorkKind.BACKUP, juneWork.get(0).kind());
        assertEquals(String.valueOf(farmPlatform), juneWork.get(0).systemId());
    }

    @Test
    void documentsFormsAssessorEntriesAndExemptionsOfTheMonth() {
        OmMonthRecords july = load(JULY);
        UnitMonthRecords farm = farm(july.units());

        assertEquals(1, farm.documents().present());
        assertEquals(2, farm.documents().required());
        assertEquals(List.of(SatisfactionLevel.SATISFIED, SatisfactionLevel.BASICALLY_SATISFIED, SatisfactionLevel.SATISFIED,
                SatisfactionLevel.AVERAGE, SatisfactionLevel.SATISFIED), farm.satisfactionForm().orElseThrow().ratings());
        assertEquals(2, july.units().stream().filter(u -> u.satisfactionForm().isPresent()).count(),
                "the other unit's form came after 2026-08-10 and still counts; the other 8 units have none");

        assertEquals(1, july.deductionItems().size(), "the 2026-08 item is not July's");
        assertEquals(DeductionKind.RESPONSIBLE_COMPLAINT, july.deductionItems().get(0).kind());
        assertEquals(new BigDecimal("3.00"), july.deductionItems().get(0).points());
        assertEquals(String.valueOf(farmUnit), july.deductionItems().get(0).unitId());
        assertEquals(1, july.moneyPenalties().size());
        assertEquals(Set.of(july.deductionItems().get(0).id()), july.exemptions().reasonsByRecordId().keySet());
        assertEquals("暴雨（approver 批准）", july.exemptions().reasonsByRecordId().get(july.deductionItems().get(0).id()));
    }

    @Test
    void theRulesReadTheLoadedMonth() {
        OmMonthResult result = new OmMonthAssessment(OmSchemeParameters.template2025()).assess(load(JULY));
        assertEquals(10, result.unitScores().size());
        // Consecutive neglect needs both months: each of the 28 systems went June and July without some kind of
        // work. 市农机中心's platform had a backup in June and the unit a visit in July, so only inspection and scan
        // are missing there; the other 27 systems have nothing in either month.
        assertEquals(28, result.detectedItems().size());
        String farmSystem = String.valueOf(farmPlatform);
        assertEquals("项目 " + farmSystem + " 在 2026-06 和 2026-07 均未开展日常巡检、漏洞扫描", result.detectedItems().stream()
                .filter(d -> farmSystem.equals(d.systemId())).findFirst().orElseThrow().reason());
    }

    /**
     * The demo month 2026-10 (changelog 9004, context demo) through the rules, by hand (附件4.2, DOMAIN §2 Default
     * satisfaction factors 1.0/0.8/0.6/0):
     * <ul>
     *   <li>市政协 (systems: items 9, 10, 12): satisfaction 6+6+4.8+6+6 = 28.8; routine: visit 8, 4 inspections 8,
     *       backups (4, 0, 0 → 4, 0, 0)/3 = 1.3333333333, scans (10, 0, 10)/3 = 6.6666666667 → 24; anomaly: the L2
     *       fault was answered in 6 min and restored in 3 h 30 (limits 10 min / 4 h), the medium vulnerability
     *       mitigated in 12 days (limit 15) → 30; documents 10 × 3/4 = 7.5 → total 90.3;</li>
     *   <li>市水利局 (items 51, 52, 53): satisfaction 4.8+3.6+3.6+4.8+6 = 22.8; routine 8 + 2×2 + (1/3) + 0
     *       = 12.3333333333; anomaly: the L1 fault answered after 25 min and restored after 3 h 40 (10 min / 2 h)
     *       costs 10 once → 20; no catalogue → documents 10 → total 65.1333333333;</li>
     *   <li>市自然资源和规划局: the critical vulnerability fixed after 30 h (limit 24 h) costs 10;
     *       市气象局: the L4 fault still open when its 24 h restore limit passed on 11-09 costs 5.</li>
     *   <li>The other units (changelog 9006): full routine work 30, no form (satisfied) 30, no catalogue 10, anomaly
     *       30 → 100 (市畜牧局, 市审信局; 市科技局 and 市司法局 have line lease only → 100); 市农机中心 too, but this
     *       class catalogues two documents of its platform that October lacks → documents 0 → 90;
     *       市自然资源和规划局 30 + 30 + 20 + 10 = 90; 市气象局 30 + 30 + 25 + 10 = 95; 市农业农村局 (only a visit in
     *       October) 30 + 8 + 30 + 10 = 78.</li>
     *   <li>Vendor: (90 + 78 + 100 + 90.3 + 90 + 100 + 65.1333333333 + 100 + 100 + 95) ÷ 10 = 90.8433333333;
     *       every system was worked in 2026-09 (9006), so no two-month lapse is detected; − 3 (the responsible
     *       complaint) = 87.8433333333 → 87.84, 良好. (The demo database alone, without this class's catalogue:
     *       市农机中心 100, vendor 88.84.)</li>
     * </ul>
     */
    @Test
    void theDemoMonthThroughTheRules() {
        AssessmentMonth october = new AssessmentMonth(YearMonth.of(2026, 10), 10, SHANGHAI);
        OmMonthResult result = new OmMonthAssessment(OmSchemeParameters.template2025()).assess(load(october));

        assertEquals(0, new BigDecimal("90.3").compareTo(unitTotal(result, "市政协")), "市政协");
        assertEquals(0, new BigDecimal("65.1333333333").compareTo(unitTotal(result, "市水利局")), "市水利局");
        assertEquals(0, new BigDecimal("20").compareTo(score(result, "市自然资源和规划局").anomalyHandling().value()));
        assertEquals(0, new BigDecimal("25").compareTo(score(result, "市气象局").anomalyHandling().value()));
        assertEquals(0, new BigDecimal("78").compareTo(unitTotal(result, "市农业农村局")), "市农业农村局");
        assertEquals(0, new BigDecimal("90").compareTo(unitTotal(result, "市自然资源和规划局")), "市自然资源和规划局");
        assertEquals(0, new BigDecimal("90").compareTo(unitTotal(result, "市农机中心")), "市农机中心");
        assertTrue(result.detectedItems().isEmpty(), "no two-month lapse: " + result.detectedItems());
        assertEquals(new BigDecimal("87.84"), result.publishedScore());
        assertEquals(org.perfportal.assessment.ommonthly.Grade.GOOD, result.band().grade());
        OmMonthRecords records = load(october);
        assertEquals(1, records.deductionItems().size());
        assertEquals(1, records.moneyPenalties().size());
        assertEquals(2, records.units().stream().filter(u -> u.satisfactionForm().isPresent()).count());
    }

    private static org.perfportal.assessment.ommonthly.UnitScore score(OmMonthResult result, String unitName) {
        long id = db.inTenant("luohe", em -> em.createQuery("SELECT u.id FROM UsingUnit u WHERE u.name = :n", Long.class)
                .setParameter("n", unitName).getSingleResult());
        return result.unitScores().stream().filter(u -> u.unitId().equals(String.valueOf(id))).findFirst().orElseThrow();
    }

    private static BigDecimal unitTotal(OmMonthResult result, String unitName) {
        return score(result, unitName).total().setScale(10, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void anotherTenantDoesNotSeeTheContract() {
        assertThrows(RecordNotFoundException.class, () -> db.inTenant("ordos", em -> new OmMonthLoader(em).load(contractId, JULY)));
    }

    private static OmMonthRecords load(AssessmentMonth month) {
        return db.inTenant("luohe", em -> new OmMonthLoader(em).load(contractId, month));
    }

    private static UnitMonthRecords farm(List<UnitMonthRecords> units) {
        return units.stream().filter(u -> u.unitId().equals(String.valueOf(farmUnit))).findFirst().orElseThrow();
    }

    private static List<String> descriptions(UnitMonthRecords unit) {
        Map<String, String> byId = db.inTenant("luohe", em -> em.createQuery("SELECT f FROM OmFault f", OmFault.class)
                .getResultStream().collect(java.util.stream.Collectors.toMap(OmFault::recordId, OmFault::description)));
        return unit.faults().stream().map(f -> byId.get(f.id())).toList();
    }

    private static OffsetDateTime at(String localShanghai) {
        return java.time.LocalDateTime.parse(localShanghai).atZone(SHANGHAI).toOffsetDateTime();
    }


}
