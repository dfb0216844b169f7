package org.perfportal.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body the API cannot read names the field it failed on, as a vendor fixing a request would look
 * for it: dates, numbers and enum constants, at the top level and inside a list.
 */
class JsonBindingTest {

    enum Level { L1, L2 }

    public record Entry(Level level, BigDecimal amount) {
    }

    public record Body(LocalDate date, List<Entry> entries, Long version, Level level) {
    }

    private final Jsonb jsonb = new JsonBinding().getContext(Body.class);

    @Test
    void aWellFormedBodyIsReadWithItsEnumsAndNulls() {
        Body body = jsonb.fromJson("{\"date\":\"2026-10-14\",\"entries\":[{\"level\":\"L2\",\"amount\":1.50}],\"level\":null}",
                Body.class);
        assertEquals(LocalDate.of(2026, 10, 14), body.date());
        assertEquals(Level.L2, body.entries().get(0).level());
        assertEquals(new BigDecimal("1.50"), body.entries().get(0).amount());
        assertNull(body.level());
    }

    @Test
    void eachFailureNamesItsProperty() {
        assertEquals("date", fieldOf("{\"date\":\"2026-13-01\"}"));
        assertEquals("version", fieldOf("{\"version\":\"abc\"}"));
        assertEquals("level", fieldOf("{\"level\":\"L9\"}"));
        assertEquals("level", fieldOf("{\"level\":3}"));
        assertEquals("entries.level", fieldOf("{\"entries\":[{\"level\":\"L1\"},{\"level\":\"紧急\"}]}"));
        assertEquals("entries.amount", fieldOf("{\"entries\":[{\"amount\":\"壹佰\"}]}"));
    }

    @Test
    void aBadEnumConstantListsTheAllowedOnes() {
        JsonbException e = assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"level\":\"L9\"}", Body.class));
        assertTrue(e.getMessage().endsWith("'L9' is not one of [L1, L2]"), e.getMessage());
    }

    @Test
    void aBodyOfTheWrongShapeIsTheBody() {
        assertEquals("body", fieldOf("[1, 2]"));
    }

    private String fieldOf(String json) {
        return JsonBinding.fieldOf(assertThrows(JsonbException.class, () -> jsonb.fromJson(json, Body.class)));
    }
}
