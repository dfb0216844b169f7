package org.perfportal.web.document;

import jakarta.enterprise.context.ApplicationScoped;
import org.perfportal.reports.fiscal.FiscalTableRenderer;
import org.perfportal.reports.pingliang.RankingTableRenderer;

/** The document renderers, each loaded once (its compiled template) and shared by all requests. */
@ApplicationScoped
public class Renderers {

    private final FiscalTableRenderer fiscalTable = new FiscalTableRenderer();

    private final RankingTableRenderer pingliangRanking = new RankingTableRenderer();

    public FiscalTableRenderer fiscalTable() {
        return fiscalTable;
    }

    public RankingTableRenderer pingliangRanking() {
        return pingliangRanking;
    }
}
