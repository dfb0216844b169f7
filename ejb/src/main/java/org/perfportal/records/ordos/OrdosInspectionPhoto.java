package org.perfportal.records.ordos;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.perfportal.records.StoredFile;

/**
 * A photo (巡检图片佐证, JPEG or PNG) attached to a quarterly inspection report, kept in the
 * database like every evidence file ({@link StoredFile}). Listing reads only the metadata
 * ({@link PhotoInfo}), never the bytes.
 */
@Entity
@Table(name = "ordos_inspection_photo")
public class OrdosInspectionPhoto extends StoredFile {

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
        return new PhotoInfo(id(), report.recordId(), fileName(), contentType(), sizeBytes(), createdAt());
    }

    OrdosInspectionReport report() {
        return report;
    }
}
