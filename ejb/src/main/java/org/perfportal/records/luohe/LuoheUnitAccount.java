package org.perfportal.records.luohe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.perfportal.contract.UsingUnit;

/**
 * Which using unit (使用单位) a user of role {@code unit} acts for (使用单位账号): the token proves
 * the role, not the unit, so the tenant admin binds each unit login (its Keycloak user name) to
 * its unit. A unit user may then confirm only its unit's faults and submit only its unit's forms.
 */
@Entity
@Table(name = "luohe_unit_account")
public class LuoheUnitAccount extends LuoheRecord {

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private UsingUnit unit;

    protected LuoheUnitAccount() {
    }

    LuoheUnitAccount(String username, UsingUnit unit) {
        this.username = username;
        this.unit = unit;
    }

    void rebind(UsingUnit unit) {
        this.unit = unit;
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.UNIT_ACCOUNT;
    }

    public String username() {
        return username;
    }

    public UsingUnit unit() {
        return unit;
    }
}
