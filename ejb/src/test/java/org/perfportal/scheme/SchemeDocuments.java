package org.perfportal.scheme;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.perfportal.shared.InvalidFieldException;

/** What every scheme codec test does with a scheme's JSON parameters: read the seeded ones, change one value, see it refused. */
public final class SchemeDocuments {

    private SchemeDocuments() {
    }

    /** The parameters Liquibase seeds, {@code db/changelog/data/<name>.json}. */
    public static JsonObject seeded(String name) {
        try (JsonReader reader = Json.createReader(new InputStreamReader(
                SchemeDocuments.class.getResourceAsStream("/db/changelog/data/" + name + ".json"), StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }

    /** A JSON value written as text ({@code 12}, {@code "BOTH"}, {@code {"a":1}}). */
    public static JsonValue value(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** {@code document} with the value at {@code pointer} replaced by the JSON text {@code json}. */
    public static JsonObject replaced(JsonObject document, String pointer, String json) {
        return Json.createPointer(pointer).replace(document, value(json));
    }

    /** The field the codec names when it refuses {@code document}. */
    public static String refusedField(SchemeCodec<?> codec, JsonObject document) {
        return assertThrows(InvalidFieldException.class, () -> codec.decode(document)).field();
    }
}
