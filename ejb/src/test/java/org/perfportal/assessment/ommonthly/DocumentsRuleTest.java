package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.dec;

import org.junit.jupiter.api.Test;

class DocumentsRuleTest {

    private final DocumentsRule rule = new DocumentsRule(PARAMS);

    @Test
    void pointsAreProportionalToDocumentsPresent() {
        // 10 × 7 / 10 = 7
        assertEquals(0, dec("7").compareTo(rule.score(new DocumentCatalogue(7, 10)).value()));
        // 10 × 2 / 3 = 6.6666666667
        assertEquals(0, dec("6.6666666667").compareTo(rule.score(new DocumentCatalogue(2, 3)).value()));
        assertEquals(0, dec("0").compareTo(rule.score(new DocumentCatalogue(0, 4)).value()));
    }

    @Test
    void emptyCatalogueEarnsFullPoints() {
        assertEquals(0, dec("10").compareTo(rule.score(new DocumentCatalogue(0, 0)).value()));
    }

    @Test
    void moreDocumentsThanRequiredIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentCatalogue(5, 4));
    }
}
