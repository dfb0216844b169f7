package org.perfportal.records.ommonthly;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.UsingUnit;
import org.perfportal.records.PastOnly;
import org.perfportal.records.StoredRecord;

/**
 * A stored Luohe record (考核记录), its id naming its {@link RecordKind} ({@code fault-12}). Every
 * timestamp it keeps is in UTC, never in the future (a record logs what happened;
 * {@link PastOnly} tolerates two minutes for the clocks of the client and the server, the rule of every book)
 * and never before the moment it follows (restored before reported).
 */
@MappedSuperclass
public abstract class OmRecord extends StoredRecord {

    protected OmRecord() {
    }

    protected abstract RecordKind kind();

    @Override
    protected String kindPrefix() {
        return kind().prefix();
    }

    /**
     * A system's id as the pure rules know it: the database id of its O&amp;M item (运维项目), in
     * decimal; the rules only compare system ids, so the assessment maps them back to names.
     */
    public static String systemId(OmItem item) {
        return item == null ? null : String.valueOf(item.id());
    }

    /** A using unit's id as the pure rules know it: its database id, in decimal. */
    public static String unitId(UsingUnit unit) {
        return String.valueOf(unit.id());
    }

    /**
     * The record's timestamps by the request field that set them ({@code reported}, {@code at}…), so
     * that one check refuses a future one wherever the record is entered or edited.
     */
    protected Map<String, OffsetDateTime> times() {
        return Map.of();
    }

    /**
     * Refuses the record when one of its {@link #times()} lies after {@code now} (the injected clock's
     * reading) beyond the tolerance: 400 naming that field.
     */
    public void refuseFutureTimes(Instant now) {
        PastOnly.times(now, times());
    }
}
