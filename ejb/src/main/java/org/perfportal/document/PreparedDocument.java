package org.perfportal.document;

import java.io.OutputStream;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/**
 * A document ready to render (待生成文书): its file name without extension, in Chinese, and the
 * rendering of data loaded (inside the tenant's transaction) when it was prepared, so that it can
 * run later on another thread without touching the database.
 */
public record PreparedDocument(String fileStem, Rendering rendering) {

    /** Writes the document in {@code format} to {@code out}, reporting progress. */
    @FunctionalInterface
    public interface Rendering {
        void render(ReportFormat format, OutputStream out, RenderProgress progress);
    }

    public void render(ReportFormat format, OutputStream out, RenderProgress progress) {
        rendering.render(format, out, progress);
    }
}
