package org.perfportal.web.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The assessment group's explanation (考核小组说明) of a draft result, with the version read. */
public record RemarkDto(@Size(max = 2000) String remark, @NotNull Long version) {
}
