package org.perfportal.records.ommonthly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * A document archived (归档资料) against a catalogue entry for one assessment month ({@code month}
 * labels it, e.g. {@code 2026-07} for 07-10…08-09), with where it is kept (the platform upload or
 * the paper file's reference). One per entry and month.
 */
@Entity
@Table(name = "om_archive_document")
public class OmArchiveDocument extends OmRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private OmCatalogueEntry entry;

    @Column(name = "month_label", nullable = false, length = 7)
    private String month;

    @Column(name = "archived_at", nullable = false)
    private OffsetDateTime archivedAt;

    @Column(name = "reference", nullable = false, length = 500)
    private String reference;

    protected OmArchiveDocument() {
    }

    OmArchiveDocument(OmCatalogueEntry entry, String month, OffsetDateTime archivedAt, String reference) {
        this.entry = entry;
        this.month = month;
        this.archivedAt = utc(archivedAt);
        this.reference = reference;
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.DOCUMENT;
    }

    public OmCatalogueEntry entry() {
        return entry;
    }

    public String month() {
        return month;
    }

    public OffsetDateTime archivedAt() {
        return archivedAt;
    }

    public String reference() {
        return reference;
    }

    @Override
    protected Map<String, OffsetDateTime> times() {
        Map<String, OffsetDateTime> times = new LinkedHashMap<>();
        times.put("archivedAt", archivedAt);
        return times;
    }
}
