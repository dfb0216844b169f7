package org.perfportal.web.records;

import java.time.LocalDate;
import java.util.List;
import org.perfportal.records.extranet.ExtranetInspectionReport;
import org.perfportal.records.extranet.PhotoInfo;

/** A quarterly inspection report (季度巡检报告) with its photos' metadata (图片佐证), each downloadable by id. */
public record InspectionReportView(String id, String quarter, LocalDate submittedOn, String description, long version,
                                   List<PhotoInfo> photos) {

    static InspectionReportView of(ExtranetInspectionReport r, List<PhotoInfo> photos) {
        return new InspectionReportView(r.recordId(), r.quarter(), r.submittedOn(), r.description(), r.version(), photos);
    }
}
