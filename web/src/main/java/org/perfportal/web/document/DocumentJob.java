package org.perfportal.web.document;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/**
 * A document rendered in the background (后台生成的文书): who asked for it (tenant and user), its
 * progress, and, once done, the file on disk or the failure. Written by the rendering thread,
 * read by status requests, hence the volatile fields.
 */
final class DocumentJob implements RenderProgress {

    /** Where a job stands. */
    enum Status {
        RUNNING, DONE, FAILED
    }

    private final String id = UUID.randomUUID().toString();
    private final String tenant;
    private final String owner;
    private final ReportFormat format;
    private final String fileName;
    private final Path file;
    private final Clock clock;
    private final Instant createdAt;

    private volatile Status status = Status.RUNNING;
    private volatile long rowsDone;
    private volatile long rowsTotal = -1;
    private volatile int pagesDone;
    private volatile int pagesTotal;
    private volatile Instant finishedAt;
    private volatile String failure;

    DocumentJob(String tenant, String owner, ReportFormat format, String fileName, Path file, Clock clock) {
        this.clock = clock;
        this.createdAt = clock.instant();
        this.tenant = tenant;
        this.owner = owner;
        this.format = format;
        this.fileName = fileName;
        this.file = file;
    }

    @Override
    public void rowsFilled(long done, long total) {
        rowsDone = done;
        rowsTotal = total;
    }

    @Override
    public void pagesExported(int done, int total) {
        pagesDone = done;
        pagesTotal = total;
    }

    void done() {
        finishedAt = clock.instant();
        status = Status.DONE;
    }

    void failed(String why) {
        failure = why;
        finishedAt = clock.instant();
        status = Status.FAILED;
    }

    boolean visibleTo(String tenantId, String user) {
        return tenant.equals(tenantId) && owner.equals(user);
    }

    boolean finishedBefore(Instant instant) {
        Instant finished = finishedAt;
        return finished != null && finished.isBefore(instant);
    }

    String id() {
        return id;
    }

    String tenant() {
        return tenant;
    }

    ReportFormat format() {
        return format;
    }

    String fileName() {
        return fileName;
    }

    Path file() {
        return file;
    }

    Status status() {
        return status;
    }

    long rowsDone() {
        return rowsDone;
    }

    long rowsTotal() {
        return rowsTotal;
    }

    int pagesDone() {
        return pagesDone;
    }

    int pagesTotal() {
        return pagesTotal;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    String failure() {
        return failure;
    }
}
