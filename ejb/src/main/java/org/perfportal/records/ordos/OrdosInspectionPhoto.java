package org.perfportal.records.ordos;

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
 * A photo (巡检图片佐证) attached to a quarterly inspection report: file name, media type
 * (JPEG or PNG), size and the bytes themselves. The bytes live in PostgreSQL ({@code bytea}) in a
 * tenant-owned table, never on the server's disk, so that they follow the tenant isolation, the
 * backups and the transactions of every other record; a photo is evidence and is never edited.
 * Listing reads only the metadata ({@link PhotoInfo}), never the bytes.
 */
@Entity
@Table(name = "ordos_inspection_photo")
public class OrdosInspectionPhoto extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private OrdosInspectionReport report;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected OrdosInspectionPhoto() {
    }

    OrdosInspectionPhoto(OrdosInspectionReport report, String fileName, String contentType, byte[] content) {
        this.report = report;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public PhotoInfo info() {
        return new PhotoInfo(id, report.recordId(), fileName, contentType, sizeBytes, createdAt);
    }

    public byte[] content() {
        return content;
    }

    OrdosInspectionReport report() {
        return report;
    }
}
