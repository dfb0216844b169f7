package org.perfportal.reports;

/**
 * A document (文书) could not be rendered: the compiled template is missing or JasperReports
 * failed to fill or export it.
 *
 * <p>Unchecked and free of JasperReports types so that callers (EJB services, JAX-RS resources)
 * do not depend on the reporting engine; the engine's exception is kept as the cause.
 */
public class ReportRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being rendered
     * @param cause   the engine's or the I/O failure
     */
    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
