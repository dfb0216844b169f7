package org.perfportal.records.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfportal.assessment.ommonthly.FaultLevel;
import org.perfportal.assessment.ommonthly.SatisfactionLevel;
import org.perfportal.assessment.ommonthly.VulnerabilitySeverity;
import org.perfportal.assessment.ommonthly.WorkKind;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.PayloadTooLargeException;

/**
 * The checks a Luohe record passes before it is stored, without a database: times in order and not
 * in the future, backups with a path, five ratings, mitigation only for medium/low vulnerabilities,
 * scan reports that really are PDF/xlsx/docx/HTML up to 20 MB, record ids that name one kind.
 */
class OmRecordChecksTest {

    private static final OffsetDateTime REPORTED = OffsetDateTime.parse("2026-10-20T08:00:00+08:00");

    @Test
    void aFaultCannotBeRestoredBeforeItWasReportedNorInTheFuture() {
        assertEquals("restored", refused(() -> new OmFault(null, null, FaultLevel.L1, "x", REPORTED, null,
                REPORTED.minusMinutes(1))));
        assertEquals("responded", refused(() -> new OmFault(null, null, FaultLevel.L1, "x", REPORTED,
                REPORTED.minusSeconds(1), null)));
        // The clock reads 2026-10-20T09:00+08:00: one hour after REPORTED; 2 minutes of skew are tolerated.
        Instant now = REPORTED.plusHours(1).toInstant();
        new OmFault(null, null, FaultLevel.L1, "x", REPORTED.plusHours(1).plusMinutes(2), null, null).refuseFutureTimes(now);
        assertEquals("reported", refused(() -> new OmFault(null, null, FaultLevel.L1, "x",
                REPORTED.plusHours(1).plusMinutes(2).plusSeconds(1), null, null).refuseFutureTimes(now)));
        OmFault fault = new OmFault(null, null, FaultLevel.L1, "x", REPORTED, null, null);
        assertEquals("confirmed", refused(() -> fault.confirm(REPORTED.plusHours(1), "unit")), "not restored yet");
        assertEquals("2026-10-20T00:00Z", fault.reported().toString(), "stored in UTC");
    }

    @Test
    void onlyAMediumOrLowVulnerabilityMayBeMitigated() {
        assertEquals("mitigated", refused(() -> new OmVulnerability(null, null, VulnerabilitySeverity.HIGH, "x", REPORTED,
                null, REPORTED.plusDays(3), true)));
        assertEquals("fixed", refused(() -> new OmVulnerability(null, null, VulnerabilitySeverity.MEDIUM_LOW, "x",
                REPORTED, null, null, true)));
        assertEquals("fixed", refused(() -> new OmVulnerability(null, null, VulnerabilitySeverity.CRITICAL, "x",
                REPORTED, null, REPORTED.minusDays(1), false)));
    }

    @Test
    void backupsAndScansNameTheirSystemAndABackupItsPath() {
        assertEquals("itemId", refused(() -> new OmWork(null, null, null, WorkKind.SCAN, REPORTED, null, null)));
        assertEquals("backupPath", refused(() -> new OmWork(null, null, null, WorkKind.VISIT, REPORTED, null, "/b")));
        assertEquals("at", refused(() -> new OmWork(null, null, null, WorkKind.VISIT, REPORTED.plusDays(1),
                null, null).refuseFutureTimes(REPORTED.toInstant())));
    }

    @Test
    void aFormHasTheFiveItemsOfTheSource() {
        assertEquals("ratings", refused(() -> new OmSatisfactionForm(null, null, "2026-10",
                List.of(SatisfactionLevel.SATISFIED), false, null, null, REPORTED, "unit")));
    }

    @Test
    void scanReportsArePdfOfficeOrHtmlBySignature() {
        assertEquals("application/pdf", ScanReportCheck.check("r.pdf", "application/pdf", bytes("%PDF-1.7 ...")));
        assertEquals("text/html", ScanReportCheck.check("r.html", "text/html; charset=UTF-8",
                bytes("\uFEFF  <!DOCTYPE html><html>绿盟扫描报告</html>")));
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0};
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ScanReportCheck.check("r.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip));
        assertEquals("report", assertThrows(InvalidFieldException.class,
                () -> ScanReportCheck.check("r.pdf", "application/pdf", zip)).field());
        assertEquals("report", assertThrows(InvalidFieldException.class,
                () -> ScanReportCheck.check("r.exe", "application/octet-stream", bytes("MZ"))).field());
        assertEquals("name", assertThrows(InvalidFieldException.class,
                () -> ScanReportCheck.check(" ", "application/pdf", bytes("%PDF-"))).field());
        byte[] huge = new byte[ScanReportCheck.MAX_BYTES + 1];
        System.arraycopy(bytes("%PDF-"), 0, huge, 0, 5);
        assertEquals("report", assertThrows(PayloadTooLargeException.class,
                () -> ScanReportCheck.check("r.pdf", "application/pdf", huge)).field());
    }

    @Test
    void aRecordIdNamesOneKind() {
        assertEquals(new RecordKind.Located(RecordKind.FAULT, 12), RecordKind.locate("fault-12").orElseThrow());
        assertEquals(new RecordKind.Located(RecordKind.DEDUCTION, 3), RecordKind.locate("deduction-3").orElseThrow());
        assertEquals(true, RecordKind.locate("fault-x").isEmpty());
        assertEquals(true, RecordKind.locate("NEGLECT-1-2-2026-07").isEmpty());
    }

    private static String refused(Runnable entry) {
        return assertThrows(InvalidFieldException.class, entry::run).field();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
