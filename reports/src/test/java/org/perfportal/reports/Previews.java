package org.perfportal.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.perfportal.reports.fiscal.FiscalPreviews;
import org.perfportal.reports.monthly.GoldenMonthlySheets;
import org.perfportal.reports.monthly.MonthlySheetRenderer;
import org.perfportal.reports.extranet.GoldenExtranetSheets;
import org.perfportal.reports.extranet.ExtranetSheetRenderer;
import org.perfportal.reports.payment.GoldenPaymentSchedules;
import org.perfportal.reports.payment.PaymentScheduleRenderer;
import org.perfportal.reports.satisfaction.GoldenSatisfactionForms;
import org.perfportal.reports.satisfaction.SatisfactionFormRenderer;

/**
 * Writes every golden document as PDF into a folder, to look at before calling a layout done
 * ({@code pdftoppm -png -r 60 FILE.pdf FILE} turns them into images). Run with
 * {@code mvn -o -q -pl reports test-compile exec:exec@previews}; the files land in
 * {@code reports/target/previews}.
 */
public final class Previews {

    private Previews() {
    }

    /**
     * @param args the output folder
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/previews"));
        FiscalPreviews.write(folder);
        write(folder, "ordos-half-year-draft", out -> new ExtranetSheetRenderer()
                .render(GoldenExtranetSheets.firstHalf2026(true), ReportFormat.PDF, out, RenderProgress.NONE));
        write(folder, "payment-schedule", out -> new PaymentScheduleRenderer()
                .render(GoldenPaymentSchedules.luoheB(false), ReportFormat.PDF, out, RenderProgress.NONE));
        write(folder, "monthly-sheet", out -> new MonthlySheetRenderer().render(GoldenMonthlySheets.heading(false),
                GoldenMonthlySheets.julyUnits().iterator(), 3, ReportFormat.PDF, out, RenderProgress.NONE));
        write(folder, "satisfaction-blank", out -> new SatisfactionFormRenderer()
                .render(GoldenSatisfactionForms.blank(), ReportFormat.PDF, out));
        write(folder, "satisfaction-filled", out -> new SatisfactionFormRenderer()
                .render(GoldenSatisfactionForms.filled(), ReportFormat.PDF, out));
    }

    /** Writes one document rendered by {@code render} to {@code folder/name.pdf}. */
    public static void write(Path folder, String name, Consumer<OutputStream> render) throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve(name + ".pdf"))) {
            render.accept(out);
        }
    }
}
