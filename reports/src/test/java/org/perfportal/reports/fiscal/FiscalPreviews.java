package org.perfportal.reports.fiscal;

import java.io.IOException;
import java.nio.file.Path;

import org.perfportal.reports.Previews;
import org.perfportal.reports.ReportFormat;

/** The golden fiscal table, as a draft, for {@link Previews} (its data class is package-private). */
public final class FiscalPreviews {

    private FiscalPreviews() {
    }

    public static void write(Path folder) throws IOException {
        Previews.write(folder, "fiscal-table-draft", out -> new FiscalTableRenderer()
                .render(GoldenFiscalTables.governmentCloud(true), ReportFormat.PDF, out));
    }
}
