package org.perfportal.records.extranet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.perfportal.assessment.extranet.ExtranetSchemeCodec;

/** The book is closed by the half-years of the kind that assesses it, named apart so the book needs no codec. */
class ExtranetRecordBookKindTest {

    @Test
    void theBookIsClosedByTheExtranetHalfYearKind() {
        assertEquals(ExtranetSchemeCodec.KIND, ExtranetRecordBook.KIND);
    }
}
