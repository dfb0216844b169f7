package org.perfportal.records.ordos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.perfportal.tenant.StoredFile;

/**
 * A photo (巡检图片佐证) attached to a quarterly inspection report: file name, media type
 * (JPEG or PNG), size and the bytes themselves. The bytes live in PostgreSQL ({@code bytea}) in a
 * tenant-owned table, never on the server's disk, so that they follow the tenant isolation, the
 * backups and the transactions of every other record; a photo is evidence and is never edited.
 * Listing reads only the metadata ({@link PhotoInfo}), never the bytes.
 */
@Entity
@Table(name = "ordos_inspection_photo")
public class OrdosInspectionPhoto extends StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private OrdosInspectionReport report;

    protected OrdosInspectionPhoto() {
    }

    OrdosInspectionPhoto(OrdosInspectionReport report, String fileName, String contentType, byte[] content) {
        super(fileName, contentType, content);
        this.report = report;
    }

    public PhotoInfo info() {
        return new PhotoInfo(id, report.recordId(), fileName(), contentType(), sizeBytes(), createdAt());
    }

    OrdosInspectionReport report() {
        return report;
    }
}
