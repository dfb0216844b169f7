package org.perfportal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;

/** The rows (明细行) of a document are read from record components by field name. */
class RecordDataSourceTest {

    private record Line(String label, int amount) {
    }

    @Test
    void readsComponentsInOrder() throws JRException {
        RecordDataSource<Line> rows = new RecordDataSource<>(Line.class, List.of(new Line("甲", 1), new Line("乙", 2)));
        assertTrue(rows.next());
        assertEquals("甲", rows.getFieldValue(field("label")));
        assertTrue(rows.next());
        assertEquals(2, rows.getFieldValue(field("amount")));
        assertFalse(rows.next());
    }

    @Test
    void unknownFieldFailsTheFill() {
        RecordDataSource<Line> rows = new RecordDataSource<>(Line.class, List.of(new Line("甲", 1)));
        rows.next();
        assertThrows(JRException.class, () -> rows.getFieldValue(field("weight")));
    }

    private static JRDesignField field(String name) {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        return field;
    }
}
