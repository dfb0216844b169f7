package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.perfportal.assessment.extranet.IllegalConnection;
import org.perfportal.contract.UsingUnit;

/**
 * An illegal internet connection (违规外联) of an extranet device, found on inspection, with the
 * using unit held responsible (责任单位): it loses its lease fee for the year.
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

    protected ExtranetIllegalConnection() {
    }

    ExtranetIllegalConnection(UsingUnit responsibleUnit, LocalDate foundOn, String description) {
        this.responsibleUnit = responsibleUnit;
        this.foundOn = foundOn;
        this.description = description;
    }

    @Override
    protected String kindPrefix() {
        return "illegal";
    }

    IllegalConnection toIllegalConnection() {
        return new IllegalConnection(recordId(), responsibleUnit.name(), foundOn, description);
    }
}
