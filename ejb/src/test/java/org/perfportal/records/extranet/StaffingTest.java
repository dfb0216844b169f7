package org.perfportal.records.extranet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 三、(一): at least two dedicated maintainers on duty, every staff change notified in writing. */
class StaffingTest {

    private static final Maintainer WANG = new Maintainer("maintainer-1", "王强", null, LocalDate.of(2026, 1, 1), null);
    private static final Maintainer LI = new Maintainer("maintainer-2", "李娜", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
    private static final Maintainer ZHAO = new Maintainer("maintainer-3", "赵敏", null, LocalDate.of(2026, 3, 10), null);
    private static final StaffChange LI_LEAVES = new StaffChange("staff-change-4", LocalDate.of(2026, 3, 1), "李娜离职", null);
    private static final StaffChange ZHAO_JOINS = new StaffChange("staff-change-5", LocalDate.of(2026, 3, 10), "赵敏接替",
            LocalDate.of(2026, 3, 9));

    @Test
    void twoOnDutyMeetTheMinimum() {
        Staffing staffing = Staffing.on(LocalDate.of(2026, 2, 1), 2, List.of(WANG, LI, ZHAO), List.of(LI_LEAVES, ZHAO_JOINS));
        assertTrue(staffing.meetsMinimum());
        assertEquals(List.of(WANG, LI), staffing.onDuty());
        assertEquals(List.of(), staffing.changesWithoutNotice());
    }

    /** Li left on 03-01 (the day she left she is no longer on duty), Zhao only came on 03-10. */
    @Test
    void aGapBetweenLeavingAndReplacementFallsShort() {
        Staffing staffing = Staffing.on(LocalDate.of(2026, 3, 5), 2, List.of(WANG, LI, ZHAO), List.of(LI_LEAVES, ZHAO_JOINS));
        assertFalse(staffing.meetsMinimum());
        assertEquals(List.of(WANG), staffing.onDuty());
        assertEquals(List.of("staff-change-4"), staffing.changesWithoutNotice());
    }

    /**
     * 三、(一) 「确保至少两人专职负责电子政务外网运维」: the two is the scheme's {@code minimumMaintainers}
     * (Default 2). A version asking for three: on 02-01 Wang and Li (2 on duty) fall short of 3.
     */
    @Test
    void theMinimumIsTheSchemes() {
        Staffing staffing = Staffing.on(LocalDate.of(2026, 2, 1), 3, List.of(WANG, LI, ZHAO), List.of(LI_LEAVES, ZHAO_JOINS));
        assertEquals(3, staffing.minimum());
        assertEquals(2, staffing.onDuty().size());
        assertFalse(staffing.meetsMinimum());
    }
}
