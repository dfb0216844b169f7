package org.perfportal.assessment.egovannual;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.perfportal.evidence.StoredFile;

/**
 * A file on a unit's sheet (佐证材料 / 自查报告): evidence for one indicator or the self-check
 * report, a {@link StoredFile} (bytes in PostgreSQL, never edited); listing reads the metadata only
 * ({@link SheetFileInfo}).
 */
@Entity
@Table(name = "egov_annual_sheet_file")
public class SheetFile extends StoredFile {

    @ManyToOne(optional = false)
    @JoinColumn(name = "sheet_id", nullable = false)
    private AnnualSheet sheet;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private SheetFilePurpose purpose;

    @Column(name = "indicator_code", length = 20)
    private String indicatorCode;

    protected SheetFile() {
    }

    SheetFile(AnnualSheet sheet, SheetFilePurpose purpose, String indicatorCode, String fileName, String contentType,
              byte[] content) {
        super(fileName, contentType, content);
        this.sheet = sheet;
        this.purpose = purpose;
        this.indicatorCode = indicatorCode;
    }

    public SheetFileInfo info() {
        return new SheetFileInfo(id(), purpose, indicatorCode, fileName(), contentType(), sizeBytes(), createdAt());
    }

    AnnualSheet sheet() {
        return sheet;
    }
}
