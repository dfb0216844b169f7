package org.perfportal.records.ommonthly;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.perfportal.evidence.StoredFile;

/**
 * The report of a vulnerability scan (漏洞扫描报告), which the source asks the vendor to submit to
 * the platform, kept in the database like every evidence file ({@link StoredFile}); listing reads
 * only the metadata ({@link ScanReportInfo}).
 */
@Entity
@Table(name = "om_scan_report")
public class OmScanReport extends StoredFile {

    @ManyToOne(optional = false)
    @JoinColumn(name = "work_id", nullable = false)
    private OmWork scan;

    protected OmScanReport() {
    }

    OmScanReport(OmWork scan, String fileName, String contentType, byte[] content) {
        super(fileName, contentType, content);
        this.scan = scan;
    }

    public ScanReportInfo info() {
        return new ScanReportInfo(id(), scan.recordId(), fileName(), contentType(), sizeBytes(), createdAt());
    }

    OmWork scan() {
        return scan;
    }
}
