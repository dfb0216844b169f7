package org.perfportal.web.document;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.perfportal.reports.ReportFormat;
import org.perfportal.shared.InvalidFieldException;

/**
 * A document (文书) as an HTTP download: the format the caller asked for, the file named in
 * Chinese, and the whole file rendered before the first byte is sent, so a failure is a problem
 * answer and never an empty or partial file. A long document goes through {@link DocumentJobs}
 * instead, and is downloaded here from its finished file.
 */
public final class DocumentDownload {

    private DocumentDownload() {
    }

    /** {@code pdf} or {@code xlsx}, any case; anything else is refused naming {@code format}. */
    public static ReportFormat format(String requested) {
        try {
            return ReportFormat.valueOf(requested.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidFieldException("format", "format is pdf or xlsx, not '" + requested + "'");
        }
    }

    public static Response of(ReportFormat format, String fileStem, Consumer<ByteArrayOutputStream> render) {
        ByteArrayOutputStream file = new ByteArrayOutputStream(64 * 1024);
        render.accept(file);
        return attachment(Response.ok(file.toByteArray(), mediaType(format)), fileName(fileStem, format));
    }

    /** A file rendered earlier by a background job. */
    static Response file(ReportFormat format, String fileName, Path file) {
        return attachment(Response.ok(file.toFile(), mediaType(format)), fileName);
    }

    static String fileName(String fileStem, ReportFormat format) {
        return fileStem + "." + format.name().toLowerCase(Locale.ROOT);
    }

    private static Response attachment(Response.ResponseBuilder response, String name) {
        return response.header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String mediaType(ReportFormat format) {
        return switch (format) {
            case PDF -> "application/pdf";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        };
    }
}
