package org.perfportal.web.document;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.TenantContext;

/**
 * Documents rendered in the background (文书生成任务), for any document: a long render (a year of
 * 1,300 units' sheets) answers 202 at once with the job's location; the caller polls the job for
 * its progress (rows filled, pages exported) and downloads the file when it is done.
 *
 * <p>The request loads the document's data inside its tenant's transaction before the job
 * starts; the job itself only lays that data out, on the container's
 * {@link ManagedExecutorService}, so it needs no tenant and cannot reach another tenant's rows.
 * A job belongs to its tenant and to the user who started it: anyone else gets 404, as for a
 * record of another tenant. Files live in the server's temporary folder and are deleted an hour
 * after the job ends (the jobs are kept in memory: a restart forgets them, the caller starts again).
 */
@ApplicationScoped
public class DocumentJobs {

    private static final Logger LOG = Logger.getLogger(DocumentJobs.class.getName());

    /** How long a finished job and its file stay available. */
    static final Duration KEPT_FOR = Duration.ofHours(1);

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Clock clock;

    @Inject
    private TenantContext tenant;

    private final Map<String, DocumentJob> jobs = new ConcurrentHashMap<>();

    /**
     * Starts rendering a document in the background and answers 202 with the job's location.
     *
     * @param caller   the authenticated caller, owner of the job
     * @param uri      the request's URI, to build the job's location
     * @param format   the document's format
     * @param fileStem the file name without extension, in Chinese
     * @param render   writes the document to the stream, reporting progress; its data already loaded
     * @return 202 Accepted with {@code Location} and the job's first status
     */
    public Response start(SecurityContext caller, UriInfo uri, ReportFormat format, String fileStem,
                          BiConsumer<OutputStream, RenderProgress> render) {
        forgetOldJobs();
        String tenantId = tenant.require();
        Path file;
        try {
            file = Files.createTempFile("portal-document-", "." + format.name().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentJob job = new DocumentJob(tenantId, caller.getUserPrincipal().getName(), format,
                DocumentDownload.fileName(fileStem, format), file, clock);
        jobs.put(job.id(), job);
        executor.execute(() -> run(job, render));
        return Response.accepted(DocumentJobView.of(job, uri))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .location(DocumentJobView.location(uri, job))
                .build();
    }

    /** The caller's job of the current tenant; anyone else's is not found. */
    DocumentJob find(String id, SecurityContext caller) {
        DocumentJob job = jobs.get(id);
        if (job == null || !job.visibleTo(tenant.require(), caller.getUserPrincipal().getName())) {
            throw new RecordNotFoundException("id", "no document job " + id);
        }
        return job;
    }

    private static void run(DocumentJob job, BiConsumer<OutputStream, RenderProgress> render) {
        try (OutputStream out = Files.newOutputStream(job.file())) {
            render.accept(out, job);
            out.flush();
            job.done();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "document job " + job.id() + " of " + job.tenant() + " failed", e);
            job.failed("the document could not be rendered: " + e.getMessage());
            delete(job.file());
        }
    }

    private void forgetOldJobs() {
        Instant limit = clock.instant().minus(KEPT_FOR);
        jobs.values().removeIf(job -> {
            if (job.finishedBefore(limit)) {
                delete(job.file());
                return true;
            }
            return false;
        });
    }

    @PreDestroy
    void deleteFiles() {
        jobs.values().forEach(job -> delete(job.file()));
        jobs.clear();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file, e);
        }
    }
}
