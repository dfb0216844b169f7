package org.perfportal.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Shared plumbing of every document (文书): loading a template compiled at build time from the
 * class path, and exporting a filled document to a {@link ReportFormat}.
 *
 * <p>Templates are never compiled at run time (that needs a Java compiler in the server and
 * costs seconds); the build's {@code TemplateCompiler} produces the {@code .jasper} files.
 * Exports write straight to the caller's stream so that a servlet response needs no byte copy
 * of the whole document.
 */
public final class JasperDocuments {

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
     * Exports a filled document.
     *
     * @param document the filled document
     * @param format   the output format
     * @param title    document title for the PDF metadata and the XLSX sheet name
     * @param out      the destination; not closed
     */
    public static void export(JasperPrint document, ReportFormat format, String title, OutputStream out) {
        try {
            switch (format) {
                case PDF -> exportPdf(document, title, out);
                case XLSX -> exportXlsx(document, title, out);
            }
        } catch (JRException e) {
            throw new ReportRenderingException("Cannot export " + title + " as " + format, e);
        }
    }

    private static void exportPdf(JasperPrint document, String title, OutputStream out) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(document));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private static void exportXlsx(JasperPrint document, String title, OutputStream out) throws JRException {
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
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }
}
