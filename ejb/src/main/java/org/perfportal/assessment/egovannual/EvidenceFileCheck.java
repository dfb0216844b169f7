package org.perfportal.assessment.egovannual;

import java.util.Locale;
import org.perfportal.shared.FileSignature;
import org.perfportal.shared.FileName;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.PayloadTooLargeException;

/**
 * Accepts a file a unit hands in (佐证材料, 自查报告) or refuses it naming {@code file}: a name is
 * required; the media type must be PDF, JPEG or PNG — what a scanned or exported report and a
 * screenshot are — and the bytes must start with that format's signature, so a renamed text file
 * is refused; non-empty and at most {@value #MAX_BYTES} bytes (413), because the bytes are kept
 * in the database.
 */
public final class EvidenceFileCheck {

    /** 10 MB: the largest file kept. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private EvidenceFileCheck() {
    }

    /** Answers the normalised media type. */
    public static String check(String fileName, String contentType, byte[] content) {
        FileName.require(fileName, "name", "file");
        if (content == null || content.length == 0) {
            throw new InvalidFieldException("file", "the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new PayloadTooLargeException("file", "a file may have at most 10 MB (" + MAX_BYTES + " bytes)");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        boolean matches = switch (type) {
            case "application/pdf" -> FileSignature.startsWith(content, '%', 'P', 'D', 'F', '-');
            case "image/jpeg" -> FileSignature.startsWith(content, 0xFF, 0xD8, 0xFF);
            case "image/png" -> FileSignature.startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            default -> throw new InvalidFieldException("file", "a file is application/pdf, image/jpeg or image/png, was "
                    + (type.isEmpty() ? "no content type" : type));
        };
        if (!matches) {
            throw new InvalidFieldException("file", "the file is not " + type + " (its signature does not match)");
        }
        return type;
    }
}
