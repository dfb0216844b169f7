package org.perfportal.web.problem;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON-B the API reads and writes bodies with: the defaults, plus enum values refused in a way
 * that lets the answer name the field.
 *
 * <p>Why: Yasson reports a bad enum constant as "Internal error: No enum constant …" without the
 * property, while a {@link JsonbException} thrown by a deserializer is wrapped property by property
 * ("Unable to deserialize property 'entries' because of: Unable to deserialize property 'kind' …"),
 * which {@link #fieldOf(Throwable)} turns into {@code entries.kind}, as it does for dates and numbers.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Pattern PROPERTY = Pattern.compile("^Unable to deserialize property '([^']+)' because of: ");

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new EnumValues()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /**
     * The JSON path of the property a body failed on, e.g. {@code entries.kind}, read from Yasson's
     * nested messages; {@code body} when the failure names none (not JSON at all, wrong top-level shape).
     */
    static String fieldOf(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        StringBuilder path = new StringBuilder();
        Matcher property = PROPERTY.matcher(message);
        while (property.find()) {
            path.append(path.isEmpty() ? "" : ".").append(property.group(1));
            message = message.substring(property.end());
            property = PROPERTY.matcher(message);
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** Any enum: its constant's name, or a refusal listing the allowed names. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class EnumValues implements JsonbDeserializer<Enum> {
        @Override
        public Enum deserialize(JsonParser parser, DeserializationContext context, Type type) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            // getValue, not currentEvent: Yasson's parser does not implement the latter.
            JsonValue json = parser.getValue();
            if (json.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            String allowed = Arrays.toString(enumType.getEnumConstants());
            if (!(json instanceof JsonString text)) {
                throw new RefusedValue("not one of " + allowed);
            }
            String value = text.getString();
            try {
                return Enum.valueOf(enumType, value);
            } catch (IllegalArgumentException e) {
                throw new RefusedValue("'" + abbreviated(value) + "' is not one of " + allowed);
            }
        }

        private static String abbreviated(String value) {
            String printable = value.replaceAll("\\p{Cntrl}", "?");
            return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
        }
    }

    /** A value refused by a deserializer of ours, in words fit for the caller (the mappers pass it on). */
    static final class RefusedValue extends JsonbException {
        private static final long serialVersionUID = 1L;

        RefusedValue(String message) {
            super(message);
        }
    }
}
