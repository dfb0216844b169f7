package org.perfportal.web.scheme;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.perfportal.scheme.Scheme;
import org.perfportal.scheme.SchemeStatus;

/** A stored scheme version (考核办法版本) as the API returns it, its document as JSON. */
public record SchemeView(long id, String kind, String versionLabel, LocalDate effectiveFrom, SchemeStatus status,
                         JsonObject parameters, OffsetDateTime createdAt, long version) {

    static SchemeView of(Scheme scheme) {
        try (JsonReader reader = Json.createReader(new StringReader(scheme.parameters()))) {
            return new SchemeView(scheme.id(), scheme.kind(), scheme.versionLabel(), scheme.effectiveFrom(), scheme.status(),
                    reader.readObject(), scheme.createdAt(), scheme.version());
        }
    }
}
