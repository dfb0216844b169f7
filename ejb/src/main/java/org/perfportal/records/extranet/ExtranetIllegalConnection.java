package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.perfportal.assessment.extranet.ChargedParty;
import org.perfportal.assessment.extranet.IllegalConnection;
import org.perfportal.contract.UsingUnit;
import org.perfportal.shared.InvalidFieldException;

/**
 * An illegal internet connection (违规外联) of an extranet device, found on inspection, with the
 * using unit whose lease sets the amount (责任单位) and who is charged (「对责任单位（或责任人）按规扣除本年度网络租赁费用」):
 * the operator or the responsible unit. Rows entered before the charged party was recorded were
 * charged to the operator's sheet and keep that ({@code charged_party} default {@code OPERATOR}).
 */
@Entity
@Table(name = "extranet_illegal_connection")
public class ExtranetIllegalConnection extends ExtranetRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "using_unit_id", nullable = false)
    private UsingUnit responsibleUnit;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "charged_party", nullable = false, length = 20)
    private ChargedParty chargedParty;

    protected ExtranetIllegalConnection() {
    }

    ExtranetIllegalConnection(UsingUnit responsibleUnit, LocalDate foundOn, String description, ChargedParty chargedParty) {
        if (chargedParty == null) {
            throw new InvalidFieldException("chargedParty", "say who is charged: one of " + List.of(ChargedParty.values()));
        }
        this.chargedParty = chargedParty;
        this.responsibleUnit = responsibleUnit;
        this.foundOn = foundOn;
        this.description = description;
    }

    @Override
    protected String kindPrefix() {
        return "illegal";
    }

    IllegalConnection toIllegalConnection() {
        return new IllegalConnection(recordId(), responsibleUnit.name(), foundOn, description, chargedParty);
    }
}
