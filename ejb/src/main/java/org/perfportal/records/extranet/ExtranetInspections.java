package org.perfportal.records.extranet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.perfportal.records.PastOnly;
import org.perfportal.shared.FileSignature;
import org.perfportal.shared.FileName;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.PayloadTooLargeException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.TenantEntityManager;

/**
 * The operator's quarterly inspection reports (季度巡检报告) with their photo evidence (图片佐证),
 * as 三、(四) of the scheme asks: enters a report, attaches photos to it and serves them back.
 * A photo must really be a JPEG or PNG image (declared type and the file's own signature agree)
 * of at most {@value #MAX_PHOTO_BYTES} bytes, because the bytes are kept in the database and a
 * report is read by assessors as evidence, not as an arbitrary file store. A report handed in
 * after today is 400 {@code submittedOn} ({@link PastOnly}).
 */
@Stateless
public class ExtranetInspections {

    /** 5 MB: the largest photo kept. */
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Clock clock;

    public ExtranetInspectionReport addReport(String quarter, LocalDate submittedOn, String description) {
        ExtranetInspectionReport report = new ExtranetInspectionReport(quarter, submittedOn, description);
        PastOnly.day(clock.instant(), ExtranetRecordBook.BOOK_ZONE, "submittedOn", submittedOn);
        tenantEm.get().persist(report);
        tenantEm.get().flush();
        return report;
    }

    public List<ExtranetInspectionReport> reports() {
        return tenantEm.get().createQuery("SELECT r FROM ExtranetInspectionReport r ORDER BY r.quarter, r.id",
                ExtranetInspectionReport.class).getResultList();
    }

    public ExtranetInspectionReport report(String recordId) {
        Long id = ExtranetRecord.databaseId(recordId, ExtranetInspectionReport.KIND);
        ExtranetInspectionReport report = id == null ? null : tenantEm.get().find(ExtranetInspectionReport.class, id);
        if (report == null) {
            throw new RecordNotFoundException("id", "no inspection report " + recordId + " in this tenant");
        }
        return report;
    }

    /** Attaches a photo to a report, after {@link #checkPhoto} accepted it. */
    public PhotoInfo addPhoto(String reportId, String fileName, String contentType, byte[] content) {
        ExtranetInspectionReport report = report(reportId);
        String type = checkPhoto(fileName, contentType, content);
        ExtranetInspectionPhoto photo = new ExtranetInspectionPhoto(report, fileName.strip(), type, content);
        tenantEm.get().persist(photo);
        tenantEm.get().flush();
        return photo.info();
    }

    /** The photos of a report, metadata only (the bytes are not read). */
    public List<PhotoInfo> photos(String reportId) {
        ExtranetInspectionReport report = report(reportId);
        return tenantEm.get().createQuery("SELECT p.id, p.fileName, p.contentType, p.sizeBytes, p.createdAt"
                        + " FROM ExtranetInspectionPhoto p WHERE p.report = :report ORDER BY p.id", Object[].class)
                .setParameter("report", report)
                .getResultList().stream()
                .map(row -> new PhotoInfo((Long) row[0], report.recordId(), (String) row[1], (String) row[2],
                        ((Number) row[3]).longValue(), (OffsetDateTime) row[4]))
                .toList();
    }

    /** One photo of a report, with its bytes; a photo of another report or tenant is not found. */
    public ExtranetInspectionPhoto photo(String reportId, long photoId) {
        ExtranetInspectionReport report = report(reportId);
        ExtranetInspectionPhoto photo = tenantEm.get().find(ExtranetInspectionPhoto.class, photoId);
        if (photo == null || !photo.report().recordId().equals(report.recordId())) {
            throw new RecordNotFoundException("photoId", "no photo " + photoId + " on inspection report " + reportId);
        }
        return photo;
    }

    /**
     * Accepts a photo or refuses it naming {@code photo}: a name is required, the media type
     * must be {@code image/jpeg} or {@code image/png} and the bytes must start with that format's
     * signature (a text file sent as {@code image/jpeg} is refused), non-empty and at most 5 MB
     * (413). Answers the normalised media type.
     */
    public static String checkPhoto(String fileName, String contentType, byte[] content) {
        FileName.require(fileName, "name", "photo's file");
        if (content == null || content.length == 0) {
            throw new InvalidFieldException("photo", "the photo is empty");
        }
        if (content.length > MAX_PHOTO_BYTES) {
            throw new PayloadTooLargeException("photo", "a photo may have at most 5 MB (" + MAX_PHOTO_BYTES + " bytes)");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        boolean matches = switch (type) {
            case "image/jpeg" -> FileSignature.startsWith(content, 0xFF, 0xD8, 0xFF);
            case "image/png" -> FileSignature.startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            default -> throw new InvalidFieldException("photo", "a photo is image/jpeg or image/png, was "
                    + (type.isEmpty() ? "no content type" : type));
        };
        if (!matches) {
            throw new InvalidFieldException("photo", "the file is not a " + type + " image (its signature does not match)");
        }
        return type;
    }
}
