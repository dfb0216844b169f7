package org.perfportal.tenant;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The tenant realm template (租户 realm 模板), {@code realm-config/tenant-realm-template.json}: what
 * every agency's Keycloak realm holds — the seven realm roles, the {@code portal-web} public client
 * (PKCE S256, standard flow only, redirect URIs and web origin under {@code PORTAL_URL}) with its
 * {@code groups} and {@code unit_id} mappers, the {@code unit_id} user-profile attribute,
 * brute-force protection and the password policy. The four seeded realm files hold the same roles,
 * mappers and profile (TenantRealmTemplateTest checks).
 *
 * <p>Rendering replaces {@code ${TENANT_REALM}}, {@code ${TENANT_ID}}, {@code ${TENANT_DISPLAY_NAME}}
 * and {@code ${PORTAL_URL}} inside string values only (so a display name cannot break the JSON) and
 * leaves Keycloak's own {@code ${…}} message keys alone; then adds the first {@code tenant-admin}
 * user with a temporary password. Pure: no Keycloak, no container.
 */
public final class TenantRealmTemplate {

    /** Class-path location, copied from {@code realm-config} by the ejb build. */
    public static final String RESOURCE = "/keycloak/tenant-realm-template.json";

    /** What the first administrator may do in the realm's own admin console: manage its users. */
    private static final String[] USER_MANAGEMENT = {"manage-users", "view-users", "query-users"};

    private final JsonObject template;

    public TenantRealmTemplate(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            this.template = reader.readObject();
        }
    }

    public static TenantRealmTemplate shipped() {
        try (InputStream in = TenantRealmTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the realm template " + RESOURCE + " is not on the class path");
            }
            return new TenantRealmTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first administrator of a new realm; the password is temporary (changed at first sign-in). */
    public record FirstAdmin(String username, String email, String firstName, String lastName, String temporaryPassword) {
    }

    /** The realm representation for {@code POST /admin/realms}. */
    public JsonObject render(String tenantId, String realm, String displayName, String portalUrl, FirstAdmin admin) {
        String portal = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        Map<String, String> values = Map.of("${TENANT_REALM}", realm, "${TENANT_ID}", tenantId,
                "${TENANT_DISPLAY_NAME}", displayName, "${PORTAL_URL}", portal);
        JsonObject realmJson = (JsonObject) substitute(template, values);
        return Json.createObjectBuilder(realmJson).add("users", Json.createArrayBuilder().add(user(admin))).build();
    }

    /** The template's realm roles, in order. */
    public JsonArray roles() {
        return template.getJsonObject("roles").getJsonArray("realm");
    }

    private static JsonObject user(FirstAdmin admin) {
        JsonArrayBuilder management = Json.createArrayBuilder();
        for (String role : USER_MANAGEMENT) {
            management.add(role);
        }
        return Json.createObjectBuilder()
                .add("username", admin.username())
                .add("email", admin.email())
                .add("emailVerified", true)
                .add("firstName", admin.firstName())
                .add("lastName", admin.lastName())
                .add("enabled", true)
                .add("realmRoles", Json.createArrayBuilder().add("tenant-admin"))
                .add("clientRoles", Json.createObjectBuilder().add("realm-management", management))
                .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", admin.temporaryPassword()).add("temporary", true)))
                .build();
    }

    private static JsonValue substitute(JsonValue value, Map<String, String> values) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                value.asJsonObject().forEach((key, member) -> object.add(key, substitute(member, values)));
                return object.build();
            }
            case ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                value.asJsonArray().forEach(member -> array.add(substitute(member, values)));
                return array.build();
            }
            case STRING -> {
                String text = ((JsonString) value).getString();
                for (Map.Entry<String, String> placeholder : values.entrySet()) {
                    text = text.replace(placeholder.getKey(), placeholder.getValue());
                }
                return Json.createValue(text);
            }
            default -> {
                return value;
            }
        }
    }
}
