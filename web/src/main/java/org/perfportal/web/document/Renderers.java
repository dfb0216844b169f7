package org.perfportal.web.document;

import jakarta.enterprise.context.ApplicationScoped;
import org.perfportal.reports.fiscal.FiscalTableRenderer;

/** The document renderers, each loaded once (its compiled template) and shared by all requests. */
@ApplicationScoped
public class Renderers {

    private final FiscalTableRenderer fiscalTable = new FiscalTableRenderer();

    public FiscalTableRenderer fiscalTable() {
        return fiscalTable;
    }
}
