package org.perfportal.assessment.pingliang;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A file on a unit's sheet (佐证材料 / 自查报告): the bytes live in PostgreSQL ({@code bytea}) in
 * a tenant-owned table, never on the server's disk, like the Ordos inspection photos, so they
 * follow tenant isolation, backups and transactions. Evidence is never edited; listing reads the
 * metadata only ({@link SheetFileInfo}).
 */
@Entity
@Table(name = "pingliang_sheet_file")
public class SheetFile extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sheet_id", nullable = false)
    private AnnualSheet sheet;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private SheetFilePurpose purpose;

    @Column(name = "indicator_code", length = 20)
    private String indicatorCode;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SheetFile() {
    }

    SheetFile(AnnualSheet sheet, SheetFilePurpose purpose, String indicatorCode, String fileName, String contentType,
              byte[] content) {
        this.sheet = sheet;
        this.purpose = purpose;
        this.indicatorCode = indicatorCode;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public SheetFileInfo info() {
        return new SheetFileInfo(id, purpose, indicatorCode, fileName, contentType, sizeBytes, createdAt);
    }

    public byte[] content() {
        return content;
    }

    AnnualSheet sheet() {
        return sheet;
    }
}
