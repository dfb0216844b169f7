package org.perfportal.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * The rows (明细行) of a document table, taken from Java records: a template field named
 * {@code level1} reads the record component {@code level1()}.
 *
 * <p>JasperReports' bean data source expects JavaBean getters, which records do not have; this
 * keeps the DTOs the services produce as plain immutable records, without a mapping layer.
 *
 * <p>Over an {@link Iterator} the rows are pulled one at a time while the document fills, so a
 * year of 1,300 units never sits in memory as a list; each row pulled is reported to a
 * {@link RenderProgress}.
 *
 * @param <R> the row record type
 */
public final class RecordDataSource<R extends Record> implements JRDataSource {

    /** Progress is reported every this many rows (and at the end), not on each one. */
    private static final int REPORT_EVERY = 200;

    private final Map<String, Method> accessors = new HashMap<>();
    private final Iterator<? extends R> rows;
    private final long total;
    private final RenderProgress progress;
    private long pulled;
    private R current;

    /**
     * @param rowType the record class of the rows (its components become the fields)
     * @param rows    the rows in print order
     */
    public RecordDataSource(Class<R> rowType, List<R> rows) {
        this(rowType, List.copyOf(rows).iterator(), rows.size(), RenderProgress.NONE);
    }

    /**
     * @param rowType  the record class of the rows (its components become the fields)
     * @param rows     the rows in print order, pulled lazily
     * @param total    how many rows the iterator will give, or -1 if unknown (progress only)
     * @param progress told how many rows were filled so far
     */
    public RecordDataSource(Class<R> rowType, Iterator<? extends R> rows, long total, RenderProgress progress) {
        for (RecordComponent component : rowType.getRecordComponents()) {
            accessors.put(component.getName(), component.getAccessor());
        }
        this.rows = rows;
        this.total = total;
        this.progress = progress;
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            current = null;
            progress.rowsFilled(pulled, total);
            return false;
        }
        current = rows.next();
        pulled++;
        if (pulled % REPORT_EVERY == 0) {
            progress.rowsFilled(pulled, total);
        }
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Method accessor = accessors.get(field.getName());
        if (accessor == null) {
            throw new JRException("Row record has no component named " + field.getName());
        }
        try {
            return accessor.invoke(current);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Cannot read row component " + field.getName(), e);
        }
    }
}
