package org.perfportal.records.ommonthly;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.perfportal.shared.FileSignature;
import org.perfportal.shared.FileName;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.PayloadTooLargeException;

/**
 * What the portal accepts as a vulnerability scan report (漏洞扫描报告): the formats scanners
 * export — PDF, Excel (.xlsx), Word (.docx) and HTML — at most {@value #MAX_BYTES} bytes. The
 * declared media type must agree with the file's own signature (%PDF-, a ZIP container for the
 * Office formats, an HTML start tag), so an executable renamed to .pdf is refused.
 */
public final class ScanReportCheck {

    /** 20 MB: scanner reports with many findings are larger than photos, but stay evidence, not archives. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Map<String, String> FORMATS = Map.of(
            "application/pdf", "PDF", XLSX, "Excel .xlsx", DOCX, "Word .docx", "text/html", "HTML");

    private ScanReportCheck() {
    }

    /** Accepts the report or refuses it naming {@code report} ({@code name} for the file name); answers the media type. */
    public static String check(String fileName, String contentType, byte[] content) {
        FileName.require(fileName, "name", "report's file");
        if (content == null || content.length == 0) {
            throw new InvalidFieldException("report", "the report is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new PayloadTooLargeException("report", "a scan report may have at most 20 MB (" + MAX_BYTES + " bytes)");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.containsKey(type)) {
            throw new InvalidFieldException("report", "a scan report is PDF, .xlsx, .docx or HTML ("
                    + String.join(", ", FORMATS.keySet().stream().sorted().toList()) + "), was "
                    + (type.isEmpty() ? "no content type" : type));
        }
        boolean signed = switch (type) {
            case "application/pdf" -> FileSignature.startsWith(content, '%', 'P', 'D', 'F', '-');
            case "text/html" -> looksLikeHtml(content);
            default -> FileSignature.startsWith(content, 0x50, 0x4B, 0x03, 0x04); // a ZIP container
        };
        if (!signed) {
            throw new InvalidFieldException("report", "the file is not a " + FORMATS.get(type) + " file (its signature does not match)");
        }
        return type;
    }

    /** An HTML export starts, after an optional BOM and white space, with a doctype or an html tag. */
    private static boolean looksLikeHtml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }
}
