package org.perfportal.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.JRExportProgressMonitor;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/**
 * Shared plumbing of every document (文书): loading a template compiled at build time from the
 * class path, filling it with the shared header, and exporting it to a {@link ReportFormat}.
 *
 * <p>Templates are never compiled at run time (that needs a Java compiler in the server and
 * costs seconds); the build's {@code TemplateCompiler} produces the {@code .jasper} files.
 * Exports write straight to the caller's stream so that a servlet response needs no byte copy
 * of the whole document.
 *
 * <p>Filled pages beyond {@value #PAGES_IN_MEMORY} go to a swap file (JasperReports'
 * virtualizer), so a document of thousands of pages filled from a streaming data source needs
 * a bounded heap; the swap file is deleted when the export ends.
 */
public final class JasperDocuments {

    /** Class-path location of the shared header sub-report (页眉). */
    static final String HEADER_TEMPLATE = "/org/perfportal/reports/common/DocumentHeader.jasper";

    /** Filled pages kept on the heap; the rest wait in the swap file. */
    static final int PAGES_IN_MEMORY = 30;

    private static final JasperReport HEADER = loadCompiledTemplate(HEADER_TEMPLATE);

    private JasperDocuments() {
    }

    /**
     * Loads a compiled template. The result is immutable and may be filled by many threads.
     *
     * @param resource absolute class-path resource of the {@code .jasper} file
     * @return the template
     */
    public static JasperReport loadCompiledTemplate(String resource) {
        try (InputStream in = JasperDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportRenderingException("Compiled template not on the class path: " + resource, null);
            }
            // JRLoader resolves classes through the context class loader, as an EAR needs.
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new ReportRenderingException("Cannot load compiled template " + resource, e);
        }
    }

    /**
     * Fills a template and exports it. The template receives the parameters given, plus
     * {@code header} ({@link DocumentHeader}) and {@code headerTemplate} (the shared header
     * sub-report), in the Chinese locale and Asia/Shanghai time.
     *
     * @param template   the compiled template
     * @param parameters the document's own parameters (copied, not changed)
     * @param header     tenant, period, scheme version, production time and draft flag
     * @param rows       the detail rows
     * @param format     PDF or XLSX
     * @param title      document title for the PDF metadata and the XLSX sheet name
     * @param out        the destination; not closed
     * @param progress   told of rows filled and pages exported
     */
    public static void render(JasperReport template, Map<String, Object> parameters, DocumentHeader header,
                              JRDataSource rows, ReportFormat format, String title, OutputStream out,
                              RenderProgress progress) {
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                new JRSwapFile(System.getProperty("java.io.tmpdir"), 8192, 64), true);
        try {
            // fillReport adds its own entries to the map: it must be mutable.
            Map<String, Object> all = new HashMap<>(parameters);
            all.put("header", header);
            all.put("headerTemplate", HEADER);
            all.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
            all.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(DocumentHeader.SHANGHAI));
            all.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            JasperPrint document;
            try {
                document = JasperFillManager.fillReport(template, all, rows);
            } catch (JRException e) {
                throw new ReportRenderingException("Cannot fill " + title + " of " + header.tenantName()
                        + ", " + header.period(), e);
            }
            virtualizer.setReadOnly(true);
            export(document, format, title, out, progress);
        } finally {
            virtualizer.cleanup();
        }
    }

    private static void export(JasperPrint document, ReportFormat format, String title, OutputStream out,
                               RenderProgress progress) {
        int pages = document.getPages().size();
        JRExportProgressMonitor monitor = new JRExportProgressMonitor() {
            private int done;

            @Override
            public void afterPageExport() {
                progress.pagesExported(++done, pages);
            }
        };
        try {
            switch (format) {
                case PDF -> exportPdf(document, title, out, monitor);
                case XLSX -> exportXlsx(document, title, out, monitor);
            }
        } catch (JRException e) {
            throw new ReportRenderingException("Cannot export " + title + " as " + format, e);
        }
    }

    private static void exportPdf(JasperPrint document, String title, OutputStream out, JRExportProgressMonitor monitor)
            throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(document));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        exporter.setConfiguration(configuration);
        SimplePdfReportConfiguration pages = new SimplePdfReportConfiguration();
        pages.setProgressMonitor(monitor);
        exporter.setConfiguration(pages);
        exporter.exportReport();
    }

    private static void exportXlsx(JasperPrint document, String title, OutputStream out, JRExportProgressMonitor monitor)
            throws JRException {
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(document));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setSheetNames(new String[] {title});
        configuration.setOnePagePerSheet(false);
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setWhitePageBackground(false);
        configuration.setProgressMonitor(monitor);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }
}
