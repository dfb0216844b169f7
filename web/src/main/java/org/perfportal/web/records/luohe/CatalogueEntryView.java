package org.perfportal.web.records.luohe;

import org.perfportal.records.luohe.LuoheCatalogueEntry;

/** One line of a system's archive catalogue. */
public record CatalogueEntryView(String id, long itemId, long unitId, String title) {

    static CatalogueEntryView of(LuoheCatalogueEntry e) {
        return new CatalogueEntryView(e.recordId(), e.item().id(), e.item().unit().id(), e.title());
    }
}
