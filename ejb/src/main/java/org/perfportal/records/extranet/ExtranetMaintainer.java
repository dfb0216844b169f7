package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.perfportal.shared.InvalidFieldException;

/**
 * A dedicated maintainer (专职运维人员) the operator names for the extranet: name, phone, the day
 * appointed and, once replaced, the day they left. The operator must keep at least two on duty.
 */
@Entity
@Table(name = "extranet_maintainer")
public class ExtranetMaintainer extends ExtranetRecord {

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "appointed_on", nullable = false)
    private LocalDate appointedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected ExtranetMaintainer() {
    }

    ExtranetMaintainer(String name, String phone, LocalDate appointedOn, LocalDate leftOn) {
        if (leftOn != null && leftOn.isBefore(appointedOn)) {
            throw new InvalidFieldException("leftOn", "left " + leftOn + " before being appointed " + appointedOn);
        }
        this.name = name;
        this.phone = phone;
        this.appointedOn = appointedOn;
        this.leftOn = leftOn;
    }

    @Override
    protected String kindPrefix() {
        return "maintainer";
    }

    Maintainer toMaintainer() {
        return new Maintainer(recordId(), name, phone, appointedOn, leftOn);
    }
}
