package org.perfportal.tenant;

import org.perfportal.shared.CreationStampListener;
import org.perfportal.shared.CreationStamped;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A tenant (租户): one agency — a city's big-data center, a banner's data bureau — with its
 * own Keycloak realm, users, vendors and rules. The registry itself is global: it is how a
 * request's tenant is recognised before any tenant-owned data is touched.
 */
@Entity
@Table(name = "tenant")
@EntityListeners(CreationStampListener.class)
public class Tenant implements CreationStamped {

    @Id
    @Column(name = "id", length = 40)
    private String id;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** The Keycloak realm whose tokens speak for this tenant. */
    @Column(name = "realm", nullable = false, length = 80)
    private String realm;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TenantStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Tenant() {
    }

    public Tenant(String id, String displayName, String realm) {
        this.id = id;
        this.displayName = displayName;
        this.realm = realm;
        this.status = TenantStatus.ACTIVE;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String realm() {
        return realm;
    }

    public TenantStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    @Override
    public void stampCreation(OffsetDateTime at) {
        if (createdAt == null) {
            createdAt = at;
        }
    }
}
