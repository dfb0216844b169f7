package org.perfportal.records.extranet;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.perfportal.evidence.StoredFile;

/**
 * A photo (巡检图片佐证, JPEG or PNG) attached to a quarterly inspection report, kept in the
 * database like every evidence file ({@link StoredFile}). Listing reads only the metadata
 * ({@link PhotoInfo}), never the bytes.
 */
@Entity
@Table(name = "extranet_inspection_photo")
public class ExtranetInspectionPhoto extends StoredFile {

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private ExtranetInspectionReport report;

    protected ExtranetInspectionPhoto() {
    }

    ExtranetInspectionPhoto(ExtranetInspectionReport report, String fileName, String contentType, byte[] content) {
        super(fileName, contentType, content);
        this.report = report;
    }

    public PhotoInfo info() {
        return new PhotoInfo(id(), report.recordId(), fileName(), contentType(), sizeBytes(), createdAt());
    }

    ExtranetInspectionReport report() {
        return report;
    }
}
