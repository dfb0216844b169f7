package org.perfportal.web.records.ommonthly;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.perfportal.assessment.ommonthly.FaultLevel;
import org.perfportal.assessment.ommonthly.SatisfactionLevel;
import org.perfportal.shared.InvalidFieldException;

/**
 * Turns the texts and raw JSON values of a Luohe request into the domain's vocabulary, refusing
 * what is not one of its values with the field's name (JSON binding alone would only say
 * {@code body}).
 */
final class OmInput {

    private OmInput() {
    }

    /** Level 1–4 as the source numbers it (1级故障) → {@link FaultLevel}; the DTO has bounded it. */
    static FaultLevel level(int level) {
        return FaultLevel.values()[level - 1];
    }

    static <E extends Enum<E>> E constant(Class<E> type, String text, String field) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidFieldException(field, "one of " + Arrays.toString(type.getEnumConstants())
                        + ", was " + text));
    }

    /** The ratings in the form's order; one that is not of the four levels is refused as {@code ratings[i]}. */
    static List<SatisfactionLevel> ratings(List<String> ratings) {
        return IntStream.range(0, ratings.size())
                .mapToObj(i -> constant(SatisfactionLevel.class, ratings.get(i), "ratings[" + i + "]"))
                .toList();
    }

    /** A decimal given as a JSON number or a numeric string; null for absent or JSON null. */
    static BigDecimal decimal(JsonValue value, String field) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString text) {
            try {
                return new BigDecimal(text.getString().strip());
            } catch (NumberFormatException e) {
                // falls through to the refusal below, which names the field
            }
        }
        throw new InvalidFieldException(field, field + " must be a number, was " + value);
    }
}
