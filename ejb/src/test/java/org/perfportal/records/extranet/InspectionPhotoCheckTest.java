package org.perfportal.records.extranet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.perfportal.shared.FieldException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.PayloadTooLargeException;

/** 巡检图片佐证: only real JPEG/PNG images up to 5 MB; quarterly reports name their quarter. */
class InspectionPhotoCheckTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    @Test
    void jpegAndPngAreAccepted() {
        assertEquals("image/png", ExtranetInspections.checkPhoto("a.png", "image/png", PNG));
        assertEquals("image/jpeg", ExtranetInspections.checkPhoto("a.jpg", "IMAGE/JPEG; charset=x", JPEG));
    }

    @Test
    void aTextFileIsRefusedNamingPhoto() {
        byte[] text = "not a photo".getBytes(StandardCharsets.UTF_8);
        assertEquals("photo", assertThrows(InvalidFieldException.class,
                () -> ExtranetInspections.checkPhoto("a.txt", "text/plain", text)).field());
        assertEquals("photo", assertThrows(InvalidFieldException.class,
                () -> ExtranetInspections.checkPhoto("a.jpg", "image/jpeg", text)).field());
        assertEquals("photo", assertThrows(InvalidFieldException.class,
                () -> ExtranetInspections.checkPhoto("a.png", "image/png", JPEG)).field());
    }

    @Test
    void overFiveMegabytesIsTooLarge() {
        byte[] big = new byte[ExtranetInspections.MAX_PHOTO_BYTES + 1];
        System.arraycopy(JPEG, 0, big, 0, JPEG.length);
        FieldException e = assertThrows(PayloadTooLargeException.class, () -> ExtranetInspections.checkPhoto("big.jpg", "image/jpeg", big));
        assertEquals("photo", e.field());
    }

    @Test
    void aQuarterIsWrittenLike2026Q1() {
        assertEquals("quarter", assertThrows(InvalidFieldException.class,
                () -> new ExtranetInspectionReport("2026-Q5", LocalDate.of(2026, 4, 2), "x")).field());
        assertEquals("submittedOn", assertThrows(InvalidFieldException.class,
                () -> new ExtranetInspectionReport("2026-Q2", LocalDate.of(2026, 3, 2), "x")).field());
        assertEquals("2026-Q1", new ExtranetInspectionReport("2026-Q1", LocalDate.of(2026, 4, 2), "x").quarter());
    }
}
