package org.perfportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Upload file names: names, never paths, never control characters. */
class FileNameTest {

    @Test
    void aPlainNameIsKeptStripped() {
        assertEquals("漏洞扫描报告 2026-10.pdf", FileName.require("  漏洞扫描报告 2026-10.pdf ", "name", "report"));
        assertEquals("x".repeat(200), FileName.require("x".repeat(200), "name", "report"));
    }

    @Test
    void pathsControlCharactersAndOverlongNamesAreRefused() {
        for (String bad : List.of("../../etc/passwd", "..\\..\\boot.ini", "a/b.pdf", "..", "a\u0000b.pdf", "a\r\nSet-Cookie: x",
                "\u202Efdp.exe", "", "   ", "x".repeat(201))) {
            InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> FileName.require(bad, "name", "report"), bad);
            assertEquals("name", e.field());
        }
        assertThrows(InvalidFieldException.class, () -> FileName.require(null, "name", "report"));
    }
}
