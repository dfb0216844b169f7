package org.perfportal.records.luohe;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.perfportal.records.StoredFile;

/**
 * The report of a vulnerability scan (漏洞扫描报告), which the source asks the vendor to submit to
 * the platform, kept in the database like every evidence file ({@link StoredFile}); listing reads
 * only the metadata ({@link ScanReportInfo}).
 */
@Entity
@Table(name = "luohe_scan_report")
public class LuoheScanReport extends StoredFile {

    @ManyToOne(optional = false)
    @JoinColumn(name = "work_id", nullable = false)
    private LuoheWork scan;

    protected LuoheScanReport() {
    }

    LuoheScanReport(LuoheWork scan, String fileName, String contentType, byte[] content) {
        super(fileName, contentType, content);
        this.scan = scan;
    }

    public ScanReportInfo info() {
        return new ScanReportInfo(id(), scan.recordId(), fileName(), contentType(), sizeBytes(), createdAt());
    }

    LuoheWork scan() {
        return scan;
    }
}
