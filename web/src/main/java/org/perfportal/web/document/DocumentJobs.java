package org.perfportal.web.document;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.TenantContext;
import org.perfportal.web.problem.Problem;

/**
 * Documents rendered in the background (文书生成任务), for any document: a long render (a year of
 * 1,300 units' sheets) answers 202 at once with the job's location; the caller polls the job for
 * its progress (rows filled, pages exported) and downloads the file when it is done.
 *
 * <p>The request loads the document's data inside its tenant's transaction before the job
 * starts; the job itself only lays that data out, on the container's
 * {@link ManagedExecutorService}, so it needs no tenant and cannot reach another tenant's rows.
 * A job belongs to its tenant and to the user who started it: anyone else gets 404, as for a
 * record of another tenant. Files live in the server's temporary folder and are deleted at once
 * when a job fails, an hour after it is done (swept every few minutes, not only when the next job
 * starts), and when the application stops (the jobs are kept in memory: a restart forgets them,
 * the caller starts again).
 *
 * <p>A user holds at most {@link #RUNNING_PER_USER} running jobs: one more is refused with 429
 * ({@code async}), so that one caller cannot fill the executor and the temporary folder.
 */
@ApplicationScoped
public class DocumentJobs {

    private static final Logger LOG = Logger.getLogger(DocumentJobs.class.getName());

    /** How long a finished job and its file stay available. */
    static final Duration KEPT_FOR = Duration.ofHours(1);

    /** How many jobs one user of one tenant may have running at once. */
    static final int RUNNING_PER_USER = 3;

    /** How often finished jobs are looked at for expiry. */
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweeper;

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
        String owner = caller.getUserPrincipal().getName();
        synchronized (this) {
            long running = jobs.values().stream()
                    .filter(j -> j.visibleTo(tenantId, owner) && j.status() == DocumentJob.Status.RUNNING).count();
            if (running >= RUNNING_PER_USER) {
                return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, "you already have "
                        + running + " documents being rendered (at most " + RUNNING_PER_USER + "); wait for one to finish",
                        "async")).header("Retry-After", "10").build();
            }
            return startJob(caller, uri, format, fileStem, render, tenantId, owner);
        }
    }

    private Response startJob(SecurityContext caller, UriInfo uri, ReportFormat format, String fileStem,
                              BiConsumer<OutputStream, RenderProgress> render, String tenantId, String owner) {
        Path file;
        try {
            file = Files.createTempFile("portal-document-", "." + format.name().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentJob job = new DocumentJob(tenantId, owner, format,
                DocumentDownload.fileName(fileStem, format), file, clock);
        jobs.put(job.id(), job);
        try {
            executor.execute(() -> run(job, render));
        } catch (RuntimeException e) {
            jobs.remove(job.id());
            delete(file);
            throw e;
        }
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
            // the cause is in the log; the caller is not shown an exception's own words
            job.failed("the document could not be rendered; the failure has been logged");
            delete(job.file());
        } catch (Error e) {
            // e.g. out of memory: the job must not stay RUNNING for ever; the error goes on to the executor
            LOG.log(Level.SEVERE, "document job " + job.id() + " of " + job.tenant() + " failed", e);
            job.failed("the document could not be rendered; the failure has been logged");
            delete(job.file());
            throw e;
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

    @PostConstruct
    void sweepRegularly() {
        sweeper = scheduler.scheduleWithFixedDelay(this::forgetOldJobs, SWEEP_EVERY.toMinutes(), SWEEP_EVERY.toMinutes(),
                TimeUnit.MINUTES);
    }

    @PreDestroy
    void deleteFiles() {
        if (sweeper != null) {
            sweeper.cancel(false);
        }
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
