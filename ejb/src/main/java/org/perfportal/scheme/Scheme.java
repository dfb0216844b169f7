package org.perfportal.scheme;

import org.perfportal.shared.CreationStampListener;
import org.perfportal.shared.CreationStamped;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.perfportal.shared.ConflictException;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * One version of a tenant's scheme (考核办法版本): kind, version label (e.g. {@code ordos-2025}),
 * the date from which it applies (生效日期), status and the parameter document as JSON text.
 * Only a draft can be revised or published; a published version is immutable, because results
 * record the version that produced them (DOMAIN §1).
 */
@Entity
@Table(name = "scheme")
@EntityListeners(CreationStampListener.class)
public class Scheme extends TenantOwnedEntity implements CreationStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "version_label", nullable = false, length = 60)
    private String versionLabel;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SchemeStatus status;

    @Column(name = "parameters", nullable = false)
    private String parameters;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Scheme() {
    }

    Scheme(String kind, String versionLabel, LocalDate effectiveFrom, String parameters) {
        this.kind = kind;
        this.versionLabel = versionLabel;
        this.effectiveFrom = effectiveFrom;
        this.parameters = parameters;
        this.status = SchemeStatus.DRAFT;
    }

    void revise(String versionLabel, LocalDate effectiveFrom, String parameters) {
        requireDraft();
        this.versionLabel = versionLabel;
        this.effectiveFrom = effectiveFrom;
        this.parameters = parameters;
    }

    void publish() {
        requireDraft();
        this.status = SchemeStatus.PUBLISHED;
    }

    private void requireDraft() {
        if (status != SchemeStatus.DRAFT) {
            throw new ConflictException("status", "scheme " + versionLabel + " is " + status
                    + " and cannot change; create a new version instead");
        }
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String versionLabel() {
        return versionLabel;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public SchemeStatus status() {
        return status;
    }

    public String parameters() {
        return parameters;
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
