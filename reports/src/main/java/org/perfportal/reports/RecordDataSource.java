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
 * The rows (明细行) of a document table, taken from a list of Java records: a template field
 * named {@code level1} reads the record component {@code level1()}.
 *
 * <p>JasperReports' bean data source expects JavaBean getters, which records do not have; this
 * keeps the DTOs the services produce as plain immutable records, without a mapping layer.
 *
 * @param <R> the row record type
 */
public final class RecordDataSource<R extends Record> implements JRDataSource {

    private final Map<String, Method> accessors = new HashMap<>();
    private final Iterator<R> rows;
    private R current;

    /**
     * @param rowType the record class of the rows (its components become the fields)
     * @param rows    the rows in print order
     */
    public RecordDataSource(Class<R> rowType, List<R> rows) {
        for (RecordComponent component : rowType.getRecordComponents()) {
            accessors.put(component.getName(), component.getAccessor());
        }
        this.rows = List.copyOf(rows).iterator();
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            return false;
        }
        current = rows.next();
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
