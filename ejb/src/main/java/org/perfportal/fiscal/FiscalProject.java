package org.perfportal.fiscal;

import org.perfportal.shared.CreationStampListener;
import org.perfportal.shared.CreationStamped;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A fiscal project of one year (财政项目): its name (项目名称), the competent department
 * (主管部门) that reviews its self-evaluation and the implementing unit (实施单位) that fills it
 * in. Only the project's identity lives here; goals, funds and indicators belong to each
 * self-evaluation version ({@link SelfEvaluation}), because a submitted form must stay exactly
 * as filed while a correction starts a new version.
 */
@Entity
@Table(name = "fiscal_project")
@EntityListeners(CreationStampListener.class)
public class FiscalProject extends TenantOwnedEntity implements CreationStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** 评价年度: the budget year evaluated. */
    @Column(name = "fiscal_year", nullable = false)
    private int year;

    @Column(name = "competent_department", nullable = false, length = 200)
    private String competentDepartment;

    @Column(name = "implementing_unit", nullable = false, length = 200)
    private String implementingUnit;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FiscalProject() {
    }

    public FiscalProject(String name, int year, String competentDepartment, String implementingUnit) {
        this.name = name;
        this.year = year;
        this.competentDepartment = competentDepartment;
        this.implementingUnit = implementingUnit;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
    }

    public String competentDepartment() {
        return competentDepartment;
    }

    public String implementingUnit() {
        return implementingUnit;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public void stampCreation(OffsetDateTime at) {
        if (createdAt == null) {
            createdAt = at;
        }
    }
}
