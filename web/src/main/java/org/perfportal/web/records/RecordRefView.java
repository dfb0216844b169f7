package org.perfportal.web.records;

import org.perfportal.records.extranet.ExtranetLeasedLine;
import org.perfportal.records.extranet.ExtranetRecord;

/**
 * A stored record (记录) as an entry answers it: the id the sheet and the exemptions cite
 * ({@code fault-12}, a line's code {@code WW-001}) and the version to send back when revising it.
 */
public record RecordRefView(String id, long version) {

    static RecordRefView of(ExtranetRecord record) {
        return new RecordRefView(record.recordId(), record.version());
    }

    static RecordRefView of(ExtranetLeasedLine line) {
        return new RecordRefView(line.code(), line.version());
    }
}
