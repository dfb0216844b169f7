package org.perfportal.assessment.ommonthly;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.TraceLine;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * The figures of one Luohe month result (月度考核汇总) that the payment schedule and the documents
 * read, stored beside the generic {@link Assessment} revision they summarize (one each, written
 * once with it, never changed): the vendor's published score, grade band, the month's fee, the
 * grade deduction, the money penalties and the cap, the money deducted, and each using unit's score
 * in its four parts. Columns rather than a re-parse of the traced lines, so that finance reads
 * figures, not text; the lines stay the explanation.
 */
@Entity
@Table(name = "om_month_summary")
public class OmMonthSummary extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, unique = true)
    private Assessment assessment;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "month_label", nullable = false, length = 7)
    private String monthLabel;

    @Column(name = "vendor_score", nullable = false, precision = 7, scale = 2)
    private BigDecimal vendorScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false, length = 20)
    private Grade grade;

    @Column(name = "fee_deduction_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal feeDeductionRate;

    @Column(name = "rectification_required", nullable = false)
    private boolean rectificationRequired;

    @Column(name = "monthly_fee", nullable = false, precision = 14, scale = 2)
    private BigDecimal monthlyFee;

    @Column(name = "grade_deduction", nullable = false, precision = 14, scale = 2)
    private BigDecimal gradeDeduction;

    @Column(name = "penalties", nullable = false, precision = 14, scale = 2)
    private BigDecimal penalties;

    /** The monthly cap's correction (≤ 0): what the cap took back from grade deduction + penalties. */
    @Column(name = "cap_adjustment", nullable = false, precision = 14, scale = 2)
    private BigDecimal capAdjustment;

    @Column(name = "money_deducted", nullable = false, precision = 14, scale = 2)
    private BigDecimal moneyDeducted;

    @OneToMany(mappedBy = "summary", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<OmUnitScore> units = new ArrayList<>();

    protected OmMonthSummary() {
    }

    OmMonthSummary(Assessment assessment, long contractId, OmMonthResult result) {
        this.assessment = assessment;
        this.contractId = contractId;
        this.monthLabel = result.month().label().toString();
        this.vendorScore = result.publishedScore();
        this.grade = result.band().grade();
        this.feeDeductionRate = result.band().feeDeductionRate();
        this.rectificationRequired = result.band().rectificationReportRequired();
        this.monthlyFee = result.monthlyFee();
        this.gradeDeduction = fen(sumOf(result.money().lines(), MonthlyMoneyRule.GRADE_CODE));
        this.penalties = fen(result.money().lines().stream().filter(l -> l.ruleCode().startsWith(MonthlyMoneyRule.PENALTY_CODE_PREFIX))
                .map(TraceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        this.capAdjustment = fen(sumOf(result.money().lines(), MonthlyMoneyRule.CAP_CODE));
        this.moneyDeducted = result.moneyDeducted();
        for (UnitScore unit : result.unitScores()) {
            units.add(new OmUnitScore(this, units.size() + 1, unit));
        }
    }

    private static BigDecimal sumOf(List<TraceLine> lines, String code) {
        return lines.stream().filter(l -> l.ruleCode().equals(code)).map(TraceLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP);
    }

    public Long id() {
        return id;
    }

    public Assessment assessment() {
        return assessment;
    }

    public long contractId() {
        return contractId;
    }

    public String monthLabel() {
        return monthLabel;
    }

    public BigDecimal vendorScore() {
        return vendorScore;
    }

    public Grade grade() {
        return grade;
    }

    public BigDecimal feeDeductionRate() {
        return feeDeductionRate;
    }

    public boolean rectificationRequired() {
        return rectificationRequired;
    }

    public BigDecimal monthlyFee() {
        return monthlyFee;
    }

    public BigDecimal gradeDeduction() {
        return gradeDeduction;
    }

    public BigDecimal penalties() {
        return penalties;
    }

    public BigDecimal capAdjustment() {
        return capAdjustment;
    }

    public BigDecimal moneyDeducted() {
        return moneyDeducted;
    }

    public List<OmUnitScore> units() {
        return List.copyOf(units);
    }
}
