package org.perfportal.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A using unit (使用单位): a government body that uses the vendor's service — Luohe's 市水利局,
 * a Pingliang county. Units rate the service every month and, in Pingliang, are themselves
 * assessed every year.
 */
@Entity
@Table(name = "using_unit")
public class UsingUnit extends Party {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private UnitKind kind;

    protected UsingUnit() {
    }

    public UsingUnit(String name, UnitKind kind, PartyDetails contact) {
        super(name, contact);
        this.kind = kind;
    }

    public void revise(String name, UnitKind kind, PartyDetails contact) {
        rename(name, contact);
        this.kind = kind;
    }

    public UnitKind kind() {
        return kind;
    }
}
