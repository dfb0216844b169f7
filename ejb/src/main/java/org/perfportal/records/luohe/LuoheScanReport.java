package org.perfportal.records.luohe;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * The report of a vulnerability scan (漏洞扫描报告), which the source asks the vendor to submit
 * to the platform: file name, media type, size and the bytes, kept in PostgreSQL ({@code bytea})
 * in a tenant-owned table like the Ordos inspection photos, so it follows tenant isolation,
 * transactions and backups. Evidence, never edited; listing reads only the metadata.
 */
@Entity
@Table(name = "luohe_scan_report")
public class LuoheScanReport extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "work_id", nullable = false)
    private LuoheWork scan;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected LuoheScanReport() {
    }

    LuoheScanReport(LuoheWork scan, String fileName, String contentType, byte[] content) {
        this.scan = scan;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public ScanReportInfo info() {
        return new ScanReportInfo(id, scan.recordId(), fileName, contentType, sizeBytes, createdAt);
    }

    public byte[] content() {
        return content;
    }

    LuoheWork scan() {
        return scan;
    }
}
