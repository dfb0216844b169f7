package org.perfportal.assessment.egovannual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.perfportal.scheme.Scheme;
import org.perfportal.testing.TestDatabase;

/**
 * The demo 2025 annual assessment of Pingliang (changelog {@code 9008_demo_pingliang_annual.xml},
 * context "demo") read back through the portal's entities and ranked by the same code the service
 * publishes with ({@link EgovAnnualService#draft(int, String, EgovAnnualSchemeParameters, List)}
 * on the seeded {@code pingliang-2025} scheme): every sheet passes the score rule (weights, reasons
 * where a cut was made), the totals and ranks are the hand-derived ones below, and the stored
 * publication holds exactly that ranking.
 *
 * <p>By hand (reviewed scores; total = Σ regular + min(Σ bonus, 5), the scheme's bonus cap; ties
 * on the total go to the higher regular score, then the higher 信息安全 heading, then share the
 * rank "1, 2, 2, 4" — pingliang-2025 tieBreaks, DOMAIN §4 Default). Regular weights add up to 100
 * in both sets, so each regular score is 100 minus the points the unit fell short:
 * <ul>
 *   <li>崆峒区: 100 − (YY-01 10→9 cut by 日常监测 1 + ZY-01 12→10 2 + ZY-02 8→7 1 + AQ-03 6→4.5 1.5 +
 *       HJ-03 5→4 1) = 93.5; bonus JF-01 3 + JF-02 3 = 6 &gt; 5 → 5 counted; total 98.50, rank 1;</li>
 *   <li>华亭市: 100 − (ZZ-01 2 + YY-02 2 + YY-03 1 + ZY-01 2 + AQ-03 1 + HJ-03 2) = 90; bonus 2 + 2 = 4;
 *       total 94.00, rank 2;</li>
 *   <li>泾川县: 100 − (ZZ-02 2 + YY-01 2 + YY-03 2 + ZY-01 3 + AQ-02 3) = 88; no bonus; total 88.00;
 *       信息安全 8 + 3 + 6 = 17;</li>
 *   <li>灵台县: 100 − (ZZ-03 3 + YY-01 2 + ZY-01 2 + AQ-01 1 + AQ-03 2 + HJ-02 2) = 88; JF-02 self 2 cut
 *       to 0 (优秀子站评选: fifth); total 88.00; 信息安全 7 + 6 + 4 = 17;</li>
 *   <li>静宁县: 100 − (ZZ-04 1 + YY-02 2 + ZY-01 3 + ZY-02 2 + AQ-02 6→3 cut by 抽查 3 + HJ-01 3) = 86;
 *       bonus 1 + 1 = 2; total 88.00;</li>
 *   <li>庄浪县: 100 − (ZZ-01 2 + YY-02 10→7 cut by 网络使用通报 3 + ZY-01 4 + AQ-01 2 + AQ-03 1.5 +
 *       HJ-03 3) = 84.5; total 84.50, rank 6;</li>
 *   <li>崇信县: 100 − (ZZ-02 2 + ZZ-04 3 + YY-01 3 + YY-03 3 + ZY-01 4 + ZY-02 2 + AQ-02 3) = 80;
 *       total 80.00, rank 7.</li>
 * </ul>
 * The three counties at 88.00: 静宁县's regular 86 is below 88, so it is 5th; 泾川县 and 灵台县 are
 * equal on the total, the regular score (88) and 信息安全 (17), so they share rank 3 (listed by unit id).
 * <ul>
 *   <li>市财政局: 100 − (YY-03 1 + ZY-01 2 + AQ-01 2 + HJ-01 2 + HJ-02 2) = 91; JF-02 2; total 93.00, rank 1;</li>
 *   <li>市发展和改革委员会: 100 − (ZZ-01 3 + YY-01 1 + ZY-01 15→13.5 cut by 抽查 1.5 + AQ-01 2 + HJ-02 3)
 *       = 89.5; JF-01 1; total 90.50, rank 2;</li>
 *   <li>市卫生健康委员会: 100 − (YY-02 2 + YY-03 3 + ZY-01 3 + AQ-01 10→8 cut 2 + HJ-01 2 + HJ-02 1) = 87;
 *       total 87.00, rank 3;</li>
 *   <li>市教育局: 100 − (YY-01 1 + YY-03 15→10 cut 5 + ZY-01 4 + AQ-02 2 + HJ-01 2 + HJ-02 2) = 84; JF-02 1;
 *       total 85.00, rank 4.</li>
 * </ul>
 */
class PingliangDemoDataPersistenceTest {

    @RegisterExtension
    static final TestDatabase.PerClass DEMO = TestDatabase.perClass(true);

    @Test
    void theDemoYearRanksAsDerivedByHand() {
        AnnualRanking ranking = rankStoredSheets();

        assertEquals(List.of(), ranking.pending(), "every indicator of every sheet is reviewed");
        assertEquals(List.of(
                "1 崆峒区 98.50 = 93.50 + 5.00",
                "2 华亭市 94.00 = 90.00 + 4.00",
                "3 " + firstById("泾川县", "灵台县") + " 88.00 = 88.00 + 0.00",
                "3 " + secondById("泾川县", "灵台县") + " 88.00 = 88.00 + 0.00",
                "5 静宁县 88.00 = 86.00 + 2.00",
                "6 庄浪县 84.50 = 84.50 + 0.00",
                "7 崇信县 80.00 = 80.00 + 0.00"), rows(ranking.ranks().get(UnitCategory.COUNTY_DISTRICT)));
        assertEquals(List.of(
                "1 市财政局 93.00 = 91.00 + 2.00",
                "2 市发展和改革委员会 90.50 = 89.50 + 1.00",
                "3 市卫生健康委员会 87.00 = 87.00 + 0.00",
                "4 市教育局 85.00 = 84.00 + 1.00"), rows(ranking.ranks().get(UnitCategory.MUNICIPAL_DEPARTMENT)));
    }

    @Test
    void theStoredPublicationIsWhatPublishingTheseSheetsGives() {
        AnnualRanking computed = rankStoredSheets();
        AnnualPublication publication = DEMO.db().inTenant("pingliang", em -> em.createQuery(
                "SELECT p FROM AnnualPublication p WHERE p.year = 2025", AnnualPublication.class).getSingleResult());

        assertEquals("pingliang-2025", publication.schemeLabel());
        long schemeId = DEMO.db().inTenant("pingliang", em -> em.createQuery(
                "SELECT s.id FROM Scheme s WHERE s.versionLabel = 'pingliang-2025'", Long.class).getSingleResult());
        assertEquals(schemeId, publication.schemeId());
        for (UnitCategory category : UnitCategory.values()) {
            List<RankedUnit> stored = publication.rows().stream().filter(r -> r.category() == category)
                    .map(AnnualRankingRow::toRankedUnit).toList();
            assertEquals(rows(computed.ranks().get(category)), rows(stored), category.name());
            assertEquals(computed.ranks().get(category).stream().map(RankedUnit::unitId).toList(),
                    stored.stream().map(RankedUnit::unitId).toList(), "listed in the rule's order, " + category);
        }
    }

    @Test
    void everyCutHasItsReasonAndSourceAndTheBonusCapLineShows() {
        List<AnnualSheet> sheets = sheets();
        assertEquals(11, sheets.size());
        List<AnnualScore> cuts = sheets.stream().flatMap(s -> s.scores().stream())
                .filter(s -> s.reviewedScore().compareTo(s.selfScore()) != 0).toList();
        assertEquals(7, cuts.size());
        assertTrue(cuts.stream().allMatch(c -> c.reviewReason() != null && !c.sources().isEmpty()));
        assertTrue(sheets.stream().allMatch(s -> s.submittedAt() != null), "every unit handed in");

        AnnualSheet kongtong = sheets.stream().filter(s -> s.unit().name().equals("崆峒区")).findFirst().orElseThrow();
        IndicatorSet counties = scheme().indicatorSets().get(UnitCategory.COUNTY_DISTRICT);
        UnitTotal total = new AnnualScoreRule().score(counties, kongtong.reviewed(counties).orElseThrow());
        assertEquals(0, new BigDecimal("-1").compareTo(total.bonusCounted().lines().stream()
                .filter(l -> l.ruleCode().equals("PL-BONUS-CAP")).findFirst().orElseThrow().amount()), "6 capped at 5");
    }

    @Test
    void onlyPingliangHasTheYear() {
        for (String tenant : List.of("ordos", "luohe", "shanghai")) {
            long sheets = DEMO.db().inTenant(tenant, em -> em.createQuery("SELECT COUNT(s) FROM AnnualSheet s", Long.class)
                    .getSingleResult());
            long publications = DEMO.db().inTenant(tenant, em -> em.createQuery("SELECT COUNT(p) FROM AnnualPublication p", Long.class)
                    .getSingleResult());
            assertEquals(0, sheets + publications, tenant);
        }
    }

    private static AnnualRanking rankStoredSheets() {
        return EgovAnnualService.draft(2025, "pingliang-2025", scheme(), sheets());
    }

    private static EgovAnnualSchemeParameters scheme() {
        String document = DEMO.db().inTenant("pingliang", em -> em.createQuery(
                "SELECT s FROM Scheme s WHERE s.versionLabel = 'pingliang-2025'", Scheme.class).getSingleResult().parameters());
        return new EgovAnnualSchemeCodec().decode(Json.createReader(new StringReader(document)).readObject());
    }

    /** The year's sheets as the service reads them (eager scores, loaded inside the tenant's transaction). */
    private static List<AnnualSheet> sheets() {
        return DEMO.db().inTenant("pingliang", em -> em.createQuery(
                "SELECT s FROM AnnualSheet s WHERE s.year = 2025 ORDER BY s.unit.name", AnnualSheet.class).getResultList());
    }

    private static List<String> rows(List<RankedUnit> ranked) {
        return ranked.stream().map(r -> r.rank() + " " + r.unitName() + " " + r.total().setScale(2) + " = "
                + r.regular().setScale(2) + " + " + r.bonusCounted().setScale(2)).toList();
    }

    private static String firstById(String a, String b) {
        return unitId(a) < unitId(b) ? a : b;
    }

    private static String secondById(String a, String b) {
        return unitId(a) < unitId(b) ? b : a;
    }

    private static long unitId(String name) {
        Map<String, Long> ids = DEMO.db().inTenant("pingliang", em -> em.createQuery("SELECT u.name, u.id FROM UsingUnit u", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1])));
        return ids.get(name);
    }
}
