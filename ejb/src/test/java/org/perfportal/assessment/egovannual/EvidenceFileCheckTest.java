package org.perfportal.assessment.egovannual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.perfportal.shared.FieldException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.PayloadTooLargeException;

/** What a unit may hand in as evidence or self-check report: PDF, JPEG or PNG that really are, up to 10 MB. */
class EvidenceFileCheckTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    @Test
    void pdfJpegAndPngWithTheirSignaturesAreAccepted() {
        assertEquals("application/pdf", EvidenceFileCheck.check("自查报告.pdf", "application/pdf; charset=binary", PDF));
        assertEquals("image/png", EvidenceFileCheck.check("截图.png", "IMAGE/PNG", PNG));
        assertEquals("image/jpeg", EvidenceFileCheck.check("现场.jpg", "image/jpeg", JPEG));
    }

    @Test
    void aFileThatIsNotWhatItSaysOrOfAnotherTypeIsRefusedNamingFile() {
        assertEquals("file", refusal("a.pdf", "application/pdf", "hello".getBytes(StandardCharsets.US_ASCII)).field());
        assertEquals("file", refusal("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", PDF).field());
        assertEquals("file", refusal("a.pdf", null, PDF).field());
        assertEquals("file", refusal("a.pdf", "application/pdf", new byte[0]).field());
        assertEquals("name", refusal(" ", "application/pdf", PDF).field());
    }

    @Test
    void moreThanTenMegabytesIsTooLarge() {
        byte[] big = new byte[EvidenceFileCheck.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        FieldException refused = assertThrows(PayloadTooLargeException.class, () -> EvidenceFileCheck.check("a.pdf", "application/pdf", big));
        assertEquals("file", refused.field());
    }

    private static FieldException refusal(String name, String type, byte[] content) {
        return assertThrows(InvalidFieldException.class, () -> EvidenceFileCheck.check(name, type, content));
    }
}
