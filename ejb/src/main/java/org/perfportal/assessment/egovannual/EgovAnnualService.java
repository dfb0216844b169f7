package org.perfportal.assessment.egovannual;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.perfportal.contract.UnitKind;
import org.perfportal.contract.UsingUnit;
import org.perfportal.contract.UsingUnitService;
import org.perfportal.document.DocumentRenderers;
import org.perfportal.document.PreparedDocument;
import org.perfportal.identity.Role;
import org.perfportal.identity.VerifiedCaller;
import org.perfportal.reports.egovannual.RankingTableData;
import org.perfportal.scheme.AppliedScheme;
import org.perfportal.scheme.SchemeService;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.shared.StaleVersion;
import org.perfportal.tenant.TenantEntityManager;
import org.perfportal.tenant.TenantRegistry;

/**
 * The Pingliang annual assessment (年度电子政务工作考核, 考核方法 四–五) of one year: units
 * self-assess per indicator with evidence and hand in their self-check report before the
 * scheme's deadline; the assessment group reviews each indicator; the approver publishes the
 * ranking. The year's rules are the published {@code egov-annual} scheme in force on 1
 * January of that year. Who may see what is decided here, from the verified caller: a unit
 * acts and looks only for the unit its token names ({@code unit_id}); the published ranking is
 * for every role; a draft ranking only for the assessment staff.
 */
@Stateless
public class EgovAnnualService {

    /** Roles that see every unit's detail and the draft ranking. */
    private static final Set<String> STAFF = Set.of(Role.ASSESSOR, Role.APPROVER, Role.TENANT_ADMIN, Role.AUDITOR);

    @Inject
    private Clock clock;

    @Inject
    private DocumentRenderers renderers;

    @Inject
    private TenantRegistry registry;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private SchemeService schemes;

    @Inject
    private EgovAnnualSchemeCodec codec;

    @Inject
    private UsingUnitService units;

    /**
     * Enters or changes the unit's self-score of one indicator (自评打分).
     *
     * @param expectedVersion the score's version as read; required when it was scored before
     */
    public SheetDetail selfAssess(VerifiedCaller caller, int year, long unitId, String code, BigDecimal score,
                                  String note, Long expectedVersion) {
        caller.requireSpeaksFor(unitId);
        AppliedScheme<EgovAnnualSchemeParameters> scheme = scheme(year);
        AnnualSheet sheet = openSheet(scheme.parameters(), year, unitId);
        Indicator indicator = indicator(scheme.parameters(), sheet.category(), code);
        AnnualScoreRule.requireWithinWeight(indicator, twoDecimals(score, indicator.field("selfScore")), "selfScore");
        Optional<AnnualScore> existing = sheet.score(code);
        if (existing.isPresent()) {
            if (expectedVersion == null) {
                throw new InvalidFieldException("version", "indicator " + code + " was self-scored before: send the version you read");
            }
            StaleVersion.check("self-score", existing.get().version(), expectedVersion);
        }
        AnnualScore stored = existing.orElseGet(() -> sheet.addScore(code));
        stored.selfAssess(score, blankToNull(note), OffsetDateTime.now(clock));
        if (existing.isEmpty()) {
            tenantEm.get().persist(stored);
        }
        tenantEm.get().flush();
        return detail(scheme, sheet);
    }

    /** Attaches an evidence file (佐证材料) to one indicator of the unit's open sheet. */
    public SheetFileInfo addEvidence(VerifiedCaller caller, int year, long unitId, String code, String fileName,
                                     String contentType, byte[] content) {
        caller.requireSpeaksFor(unitId);
        AppliedScheme<EgovAnnualSchemeParameters> scheme = scheme(year);
        AnnualSheet sheet = openSheet(scheme.parameters(), year, unitId);
        indicator(scheme.parameters(), sheet.category(), code);
        return store(new SheetFile(sheet, SheetFilePurpose.EVIDENCE, code, fileName.strip(),
                EvidenceFileCheck.check(fileName, contentType, content), content));
    }

    /**
     * Hands in the self-check report (自查报告): requires a self-score for every indicator of the
     * set, then closes the unit's self-assessment for the group's review.
     */
    public SheetDetail submitSelfCheckReport(VerifiedCaller caller, int year, long unitId, String fileName,
                                             String contentType, byte[] content) {
        caller.requireSpeaksFor(unitId);
        AppliedScheme<EgovAnnualSchemeParameters> scheme = scheme(year);
        AnnualSheet sheet = openSheet(scheme.parameters(), year, unitId);
        String type = EvidenceFileCheck.check(fileName, contentType, content);
        String missing = set(scheme.parameters(), sheet.category()).indicators().stream()
                .map(Indicator::code).filter(c -> sheet.score(c).isEmpty()).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new ConflictException("indicators", "self-score every indicator before handing in the report; missing " + missing);
        }
        store(new SheetFile(sheet, SheetFilePurpose.SELF_CHECK_REPORT, null, fileName.strip(), type, content));
        sheet.submit(OffsetDateTime.now(clock));
        tenantEm.get().flush();
        return detail(scheme, sheet);
    }

    /**
     * The group's review of one indicator (综合考评): the reviewed score, a reason wherever it
     * differs from the self-score, the sources used. Possible once the unit has handed in its
     * report or the deadline has passed, until the year is published. A unit that never
     * self-assessed (no sheet, or an indicator without self-score) is reviewed all the same once the
     * deadline has passed, a reason required on every such score, so that the ranking is complete;
     * its ranking row then says 未自评 (issue 17).
     */
    public SheetDetail review(VerifiedCaller caller, int year, long unitId, String code, BigDecimal reviewed,
                              String reason, Set<ReviewSource> sources, long expectedVersion) {
        AppliedScheme<EgovAnnualSchemeParameters> scheme = scheme(year);
        requireUnpublished(year);
        Optional<AnnualSheet> found = findSheet(year, unitId);
        if (found.map(AnnualSheet::submittedAt).isEmpty() && clock.instant().isBefore(scheme.parameters().selfAssessmentClosesAt(year))) {
            throw new ConflictException("status", "the unit is still self-assessing: review after its self-check report or after "
                    + closesAt(scheme.parameters(), year));
        }
        UsingUnit unit = units.find(unitId);
        AnnualSheet sheet = found.orElseGet(() -> newSheet(year, unit));
        Indicator indicator = indicator(scheme.parameters(), sheet.category(), code);
        AnnualScore score = sheet.score(code).orElseGet(() -> sheet.addScore(code));
        StaleVersion.check("score", score.version(), expectedVersion);
        twoDecimals(reviewed, indicator.field("reviewedScore"));
        AnnualScoreRule.check(indicator, new IndicatorScore(code, score.selfScore(), reviewed, reason, sources));
        score.review(reviewed, reason, sources, caller.username(), OffsetDateTime.now(clock));
        tenantEm.get().flush();
        return detail(scheme, sheet);
    }

    /** A unit's indicator detail; a unit user sees only its own (403 {@code unitId}). */
    public SheetDetail sheet(VerifiedCaller caller, int year, long unitId) {
        if (!isStaff(caller)) {
            caller.requireSpeaksFor(unitId);
        }
        AppliedScheme<EgovAnnualSchemeParameters> scheme = scheme(year);
        UsingUnit unit = units.find(unitId);
        return findSheet(year, unitId).map(sheet -> detail(scheme, sheet))
                .orElseGet(() -> emptyDetail(scheme.parameters(), year, unit));
    }

    /** One file of a unit's sheet, with its bytes; the same visibility as the sheet. */
    public SheetFile file(VerifiedCaller caller, int year, long unitId, long fileId) {
        if (!isStaff(caller)) {
            caller.requireSpeaksFor(unitId);
        }
        SheetFile file = tenantEm.get().find(SheetFile.class, fileId);
        if (file == null || file.sheet().year() != year || !file.sheet().unit().id().equals(unitId)) {
            throw new RecordNotFoundException("fileId", "no file " + fileId + " on the " + year + " sheet of unit " + unitId);
        }
        return file;
    }

    /**
     * The year's ranking: the published one for every role; before publication, a draft computed
     * now for the assessment staff only (others: 404 {@code year}).
     */
    public AnnualRanking ranking(VerifiedCaller caller, int year) {
        Optional<AnnualPublication> publication = publication(year);
        if (publication.isPresent()) {
            return published(publication.get());
        }
        if (!isStaff(caller)) {
            throw new RecordNotFoundException("year", "the " + year + " ranking is not published yet");
        }
        return draft(scheme(year), year);
    }

    /** The year's ranking as the 排名表, for whoever may read the ranking; 草稿 while unpublished. */
    public PreparedDocument rankingDocument(VerifiedCaller caller, int year) {
        RankingTableData table = RankingTableMapping.of(registry.currentDisplayName(), ranking(caller, year), clock.instant());
        return new PreparedDocument("电子政务工作考核排名表-" + year + (table.draft() ? "-草稿" : ""),
                (format, out, progress) -> renderers.annualRanking().render(table, format, out));
    }

    /**
     * Publishes the year's ranking (公示): every sheet must be fully reviewed (409 {@code units}
     * naming those that are not); a year is published once (409 {@code year}).
     */
    public AnnualRanking publish(VerifiedCaller caller, int year) {
        requireUnpublished(year);
        AppliedScheme<EgovAnnualSchemeParameters> scheme = scheme(year);
        AnnualRanking draft = draft(scheme, year);
        if (!draft.pending().isEmpty()) {
            throw new ConflictException("units", "not fully reviewed: " + String.join("、", draft.pending()));
        }
        if (draft.ranks().values().stream().allMatch(List::isEmpty)) {
            throw new ConflictException("units", "no unit has a sheet for " + year);
        }
        AnnualPublication publication = new AnnualPublication(year, scheme.schemeId(), scheme.versionLabel(),
                caller.username(), draft.ranks(), OffsetDateTime.now(clock));
        tenantEm.get().persist(publication);
        tenantEm.get().flush();
        return published(publication);
    }

    private AnnualRanking draft(AppliedScheme<EgovAnnualSchemeParameters> scheme, int year) {
        return draft(year, scheme.versionLabel(), scheme.parameters(), sheets(year));
    }

    /**
     * The ranking the rules give for the year's stored sheets, units not fully reviewed listed as
     * pending. Apart from the database so the demo year's test reads the sheets exactly as
     * publishing does.
     */
    static AnnualRanking draft(int year, String schemeLabel, EgovAnnualSchemeParameters parameters, List<AnnualSheet> sheets) {
        AnnualScoreRule rule = new AnnualScoreRule();
        Map<UnitCategory, List<UnitTotal>> totals = new EnumMap<>(UnitCategory.class);
        List<String> pending = new ArrayList<>();
        for (AnnualSheet sheet : sheets) {
            IndicatorSet set = set(parameters, sheet.category());
            Optional<UnitScoreSheet> reviewed = sheet.reviewed(set);
            if (reviewed.isEmpty()) {
                pending.add(sheet.unit().name());
            } else {
                totals.computeIfAbsent(sheet.category(), c -> new ArrayList<>()).add(rule.score(set, reviewed.get()));
            }
        }
        RankingRule ranking = new RankingRule(parameters.tieBreaks());
        Map<UnitCategory, List<RankedUnit>> ranks = new EnumMap<>(UnitCategory.class);
        for (UnitCategory category : UnitCategory.values()) {
            ranks.put(category, ranking.rank(totals.getOrDefault(category, List.of())));
        }
        return new AnnualRanking(year, schemeLabel, false, null, ranks, pending);
    }

    private static AnnualRanking published(AnnualPublication publication) {
        Map<UnitCategory, List<RankedUnit>> ranks = new EnumMap<>(UnitCategory.class);
        for (UnitCategory category : UnitCategory.values()) {
            ranks.put(category, publication.rows().stream().filter(r -> r.category() == category)
                    .map(AnnualRankingRow::toRankedUnit).toList());
        }
        return new AnnualRanking(publication.year(), publication.schemeLabel(), true, publication.publishedAt(), ranks, List.of());
    }

    private SheetDetail detail(AppliedScheme<EgovAnnualSchemeParameters> scheme, AnnualSheet sheet) {
        IndicatorSet set = set(scheme.parameters(), sheet.category());
        List<SheetDetail.Line> lines = new ArrayList<>();
        for (Indicator indicator : set.indicators()) {
            lines.add(sheet.score(indicator.code())
                    .map(s -> new SheetDetail.Line(indicator, s.selfScore(), s.selfNote(), s.reviewedScore(), s.reviewReason(),
                            s.sources(), s.version()))
                    .orElseGet(() -> new SheetDetail.Line(indicator, null, null, null, null, Set.of(), 0)));
        }
        UnitTotal total = sheet.reviewed(set).map(reviewed -> new AnnualScoreRule().score(set, reviewed)).orElse(null);
        return new SheetDetail(sheet.year(), sheet.unit().id(), sheet.unit().name(), sheet.category(), sheet.submittedAt(),
                closesAt(scheme.parameters(), sheet.year()), lines, files(sheet), total);
    }

    private static SheetDetail emptyDetail(EgovAnnualSchemeParameters parameters, int year, UsingUnit unit) {
        UnitCategory category = category(unit);
        List<SheetDetail.Line> lines = set(parameters, category).indicators().stream()
                .map(i -> new SheetDetail.Line(i, null, null, null, null, Set.<ReviewSource>of(), 0)).toList();
        return new SheetDetail(year, unit.id(), unit.name(), category, null, closesAt(parameters, year), lines, List.of(), null);
    }

    private List<SheetFileInfo> files(AnnualSheet sheet) {
        return tenantEm.get().createQuery("SELECT f.id, f.purpose, f.indicatorCode, f.fileName, f.contentType, f.sizeBytes,"
                        + " f.createdAt FROM SheetFile f WHERE f.sheet = :sheet ORDER BY f.id", Object[].class)
                .setParameter("sheet", sheet)
                .getResultList().stream()
                .map(row -> new SheetFileInfo((Long) row[0], (SheetFilePurpose) row[1], (String) row[2], (String) row[3],
                        (String) row[4], ((Number) row[5]).longValue(), (OffsetDateTime) row[6]))
                .toList();
    }

    private SheetFileInfo store(SheetFile file) {
        tenantEm.get().persist(file);
        tenantEm.get().flush();
        return file.info();
    }

    /** The unit's sheet of the year, created on first use, while the self-assessment is open. */
    private AnnualSheet openSheet(EgovAnnualSchemeParameters parameters, int year, long unitId) {
        Instant closes = parameters.selfAssessmentClosesAt(year);
        if (!clock.instant().isBefore(closes)) {
            throw new ConflictException("year", "the self-assessment of " + year + " closed at " + closesAt(parameters, year)
                    + " (" + parameters.zone() + ")");
        }
        requireUnpublished(year);
        UsingUnit unit = units.find(unitId);
        AnnualSheet sheet = findSheet(year, unitId).orElseGet(() -> newSheet(year, unit));
        if (sheet.submittedAt() != null) {
            throw new ConflictException("status", "the self-check report was handed in at " + sheet.submittedAt()
                    + ": the self-assessment is closed");
        }
        return sheet;
    }

    private AnnualSheet newSheet(int year, UsingUnit unit) {
        AnnualSheet created = new AnnualSheet(year, unit, category(unit));
        tenantEm.get().persist(created);
        return created;
    }

    private Optional<AnnualSheet> findSheet(int year, long unitId) {
        return tenantEm.get().createQuery("SELECT s FROM AnnualSheet s WHERE s.year = :year AND s.unit.id = :unit", AnnualSheet.class)
                .setParameter("year", year)
                .setParameter("unit", unitId)
                .getResultStream().findFirst();
    }

    private List<AnnualSheet> sheets(int year) {
        return tenantEm.get().createQuery("SELECT s FROM AnnualSheet s WHERE s.year = :year ORDER BY s.unit.name", AnnualSheet.class)
                .setParameter("year", year).getResultList();
    }

    private Optional<AnnualPublication> publication(int year) {
        return tenantEm.get().createQuery("SELECT p FROM AnnualPublication p WHERE p.year = :year", AnnualPublication.class)
                .setParameter("year", year).getResultStream().findFirst();
    }

    private void requireUnpublished(int year) {
        publication(year).ifPresent(p -> {
            throw new ConflictException("year", "the " + year + " ranking was published at " + p.publishedAt()
                    + ": the year's sheets are closed");
        });
    }

    private AppliedScheme<EgovAnnualSchemeParameters> scheme(int year) {
        if (year < 2000 || year > 2999) {
            throw new InvalidFieldException("year", "a year like 2026, was " + year);
        }
        return schemes.inForce(codec, LocalDate.of(year, 1, 1));
    }

    private static IndicatorSet set(EgovAnnualSchemeParameters parameters, UnitCategory category) {
        return parameters.indicatorSets().get(category);
    }

    private static Indicator indicator(EgovAnnualSchemeParameters parameters, UnitCategory category, String code) {
        Indicator indicator = set(parameters, category).find(code);
        if (indicator == null) {
            throw new InvalidFieldException("indicator", "no indicator " + code + " in the " + category.chinese() + " set");
        }
        return indicator;
    }

    /** A county is scored on the 县区 set; every other unit (市直部门, 中省驻平单位) on the department set. */
    private static UnitCategory category(UsingUnit unit) {
        return unit.kind() == UnitKind.COUNTY_DISTRICT ? UnitCategory.COUNTY_DISTRICT : UnitCategory.MUNICIPAL_DEPARTMENT;
    }

    private static OffsetDateTime closesAt(EgovAnnualSchemeParameters parameters, int year) {
        return parameters.selfAssessmentClosesAt(year).atZone(parameters.zone()).toOffsetDateTime();
    }

    private static boolean isStaff(VerifiedCaller caller) {
        return caller.roles().stream().anyMatch(STAFF::contains);
    }

    /** Points are kept to two decimals (numeric(6,2)); more would be silently rounded. */
    private static BigDecimal twoDecimals(BigDecimal points, String field) {
        if (points != null && points.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException(field, "at most two decimals, was " + points.toPlainString());
        }
        return points;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
