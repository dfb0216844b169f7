package org.perfportal.records.ommonthly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.LinkedHashMap;
import org.perfportal.assessment.ommonthly.WorkKind;
import org.perfportal.assessment.ommonthly.WorkRecord;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.UsingUnit;
import org.perfportal.shared.InvalidFieldException;

/**
 * A routine work record (日常工作记录) the vendor logs: a visit (上门回访) or inspection (日常巡检)
 * at a unit, optionally of one system, or a backup (数据备份, with the backup path the source
 * asks to submit) or vulnerability scan (漏洞扫描, whose report is uploaded to it) of one system.
 */
@Entity
@Table(name = "om_work")
public class OmWork extends OmRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ServiceContract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private UsingUnit unit;

    @ManyToOne
    @JoinColumn(name = "item_id")
    private OmItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private WorkKind kind;

    @Column(name = "done_at", nullable = false)
    private OffsetDateTime doneAt;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "backup_path", length = 500)
    private String backupPath;

    protected OmWork() {
    }

    OmWork(ServiceContract contract, UsingUnit unit, OmItem item, WorkKind kind, OffsetDateTime doneAt, String note,
              String backupPath) {
        if (item == null && (kind == WorkKind.BACKUP || kind == WorkKind.SCAN)) {
            throw new InvalidFieldException("itemId", "a " + kind.name().toLowerCase() + " is of one system: name its item");
        }
        if (kind == WorkKind.BACKUP && (backupPath == null || backupPath.isBlank())) {
            throw new InvalidFieldException("backupPath", "a backup needs its backup path (备份路径)");
        }
        if (kind != WorkKind.BACKUP && backupPath != null) {
            throw new InvalidFieldException("backupPath", "only a backup has a backup path");
        }
        this.contract = contract;
        this.unit = unit;
        this.item = item;
        this.kind = kind;
        this.doneAt = utc(doneAt);
        this.note = note;
        this.backupPath = backupPath == null ? null : backupPath.strip();
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.WORK;
    }

    public WorkKind workKind() {
        return kind;
    }

    public UsingUnit unit() {
        return unit;
    }

    public OmItem item() {
        return item;
    }

    public OffsetDateTime doneAt() {
        return doneAt;
    }

    public String note() {
        return note;
    }

    public String backupPath() {
        return backupPath;
    }

    WorkRecord toWorkRecord() {
        return new WorkRecord(recordId(), kind, systemId(item), instant(doneAt));
    }

    @Override
    protected Map<String, OffsetDateTime> times() {
        Map<String, OffsetDateTime> times = new LinkedHashMap<>();
        times.put("at", doneAt);
        return times;
    }
}
