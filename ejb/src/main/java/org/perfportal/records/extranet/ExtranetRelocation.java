package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.perfportal.assessment.extranet.LineRelocation;
import org.perfportal.shared.InvalidFieldException;

/**
 * A line relocation (单位搬迁迁移): the day the unit's move finished (搬迁结束) and the day normal
 * use was restored (恢复正常使用); dates, because the limit counts working days.
 */
@Entity
@Table(name = "extranet_relocation")
public class ExtranetRelocation extends ExtranetRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "line_id", nullable = false)
    private ExtranetLeasedLine line;

    @Column(name = "move_finished", nullable = false)
    private LocalDate moveFinished;

    @Column(name = "service_restored")
    private LocalDate serviceRestored;

    protected ExtranetRelocation() {
    }

    ExtranetRelocation(ExtranetLeasedLine line, LocalDate moveFinished, LocalDate serviceRestored) {
        if (serviceRestored != null && serviceRestored.isBefore(moveFinished)) {
            throw new InvalidFieldException("serviceRestored", "service restored " + serviceRestored
                    + " before the move finished " + moveFinished);
        }
        this.line = line;
        this.moveFinished = moveFinished;
        this.serviceRestored = serviceRestored;
    }

    @Override
    protected String kindPrefix() {
        return "relocation";
    }

    LineRelocation toLineRelocation() {
        return new LineRelocation(recordId(), line.code(), moveFinished, serviceRestored);
    }
}
