package org.perfportal.web.records.ommonthly;

import org.perfportal.records.ommonthly.OmCatalogueEntry;

/** One line of a system's archive catalogue. */
public record CatalogueEntryView(String id, long itemId, long unitId, String title) {

    static CatalogueEntryView of(OmCatalogueEntry e) {
        return new CatalogueEntryView(e.recordId(), e.item().id(), e.item().unit().id(), e.title());
    }
}
