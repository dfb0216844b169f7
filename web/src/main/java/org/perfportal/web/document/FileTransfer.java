package org.perfportal.web.document;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Evidence files (佐证材料) over HTTP: an upload is the raw request body, read up to one byte past
 * the limit so that an oversized file is refused (413) without being buffered whole; a download
 * answers the stored bytes with their media type and the file's own (Chinese) name.
 */
public final class FileTransfer {

    private FileTransfer() {
    }

    /** At most {@code limit} + 1 bytes of the body (an empty array for none): one more than allowed shows it is too large. */
    public static byte[] readUpTo(InputStream body, int limit) {
        try {
            return body == null ? new byte[0] : body.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image types the UI shows in the page (inspection photos); every other file is saved, never rendered. */
    private static final Set<String> SHOWN_IN_PAGE = Set.of("image/png", "image/jpeg");

    /**
     * The file as stored: an image the UI shows is {@code inline}, anything else an {@code attachment}.
     * Either way {@code nosniff} (the browser keeps to the stored type, so an HTML body stored as
     * {@code image/png} is not run) and a sandboxing CSP (an uploaded HTML scan report opened
     * anyway runs no script and reaches no cookie of the portal's origin).
     */
    public static Response download(byte[] content, String contentType, String fileName) {
        String type = contentType == null ? "application/octet-stream" : contentType;
        boolean inline = SHOWN_IN_PAGE.contains(type.toLowerCase(Locale.ROOT).split(";")[0].trim());
        return Response.ok(content, type)
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .build();
    }

    /** 201 with the stored file's metadata (the bytes are never echoed). */
    public static Response created(Object info) {
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(info).build();
    }
}
