package org.perfportal.web.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;
import org.perfportal.document.PreparedDocument;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/**
 * A document endpoint's answer, the same for every document: the format checked first (400
 * {@code format} before anything is loaded), then the document the service prepared, answered as
 * a download now or, with {@code async=true}, as a background job to poll (202).
 */
@ApplicationScoped
public class DocumentAnswers {

    @Inject
    private DocumentJobs jobs;

    public Response answer(String format, boolean async, SecurityContext caller, UriInfo uri,
                           Supplier<PreparedDocument> prepare) {
        ReportFormat chosen = DocumentDownload.format(format);
        PreparedDocument document = prepare.get();
        if (async) {
            return jobs.start(caller, uri, chosen, document.fileStem(), (out, progress) -> document.render(chosen, out, progress));
        }
        return DocumentDownload.of(chosen, document.fileStem(), out -> document.render(chosen, out, RenderProgress.NONE));
    }
}
