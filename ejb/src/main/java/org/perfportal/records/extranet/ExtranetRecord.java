package org.perfportal.records.extranet;

import jakarta.persistence.MappedSuperclass;
import org.perfportal.records.StoredRecord;

/**
 * A stored Ordos record (考核记录): record ids unique across kinds as
 * {@link org.perfportal.assessment.extranet.ExtranetRecords} requires, found again from them.
 */
@MappedSuperclass
public abstract class ExtranetRecord extends StoredRecord {

    /** The database id inside a record id of this kind ({@code fault-12} → 12), or null if it is not one. */
    static Long databaseId(String recordId, String kindPrefix) {
        String prefix = kindPrefix + "-";
        if (recordId == null || !recordId.startsWith(prefix) || !recordId.substring(prefix.length()).matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(recordId.substring(prefix.length()));
    }
}
