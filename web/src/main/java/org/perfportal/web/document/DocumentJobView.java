package org.perfportal.web.document;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;

/**
 * A background document job as the API shows it: status ({@code RUNNING}, {@code DONE},
 * {@code FAILED}), progress — rows filled of the total (-1 when unknown), then pages exported of
 * the total — and, when done, where to download the file; when failed, why. {@code self} is the
 * job's own address, the same as the {@code Location} of the 202 that started it.
 */
public record DocumentJobView(String id, URI self, String status, String format, String fileName, long rowsDone, long rowsTotal,
                              int pagesDone, int pagesTotal, Instant createdAt, Instant finishedAt, URI file,
                              String error) {

    static DocumentJobView of(DocumentJob job, UriInfo uri) {
        DocumentJob.Status status = job.status();
        return new DocumentJobView(job.id(), location(uri, job), status.name(), job.format().name().toLowerCase(java.util.Locale.ROOT),
                job.fileName(), job.rowsDone(), job.rowsTotal(), job.pagesDone(), job.pagesTotal(), job.createdAt(),
                job.finishedAt(), status == DocumentJob.Status.DONE ? URI.create(location(uri, job) + "/file") : null,
                job.failure());
    }

    static URI location(UriInfo uri, DocumentJob job) {
        return uri.getBaseUriBuilder().path("tenants/{tenant}/documents/jobs/{id}").build(job.tenant(), job.id());
    }
}
