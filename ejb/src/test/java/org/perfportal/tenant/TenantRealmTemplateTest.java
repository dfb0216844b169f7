package org.perfportal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TenantRealmTemplateTest {

    private static final TenantRealmTemplate.FirstAdmin ADMIN =
            new TenantRealmTemplate.FirstAdmin("admin", "admin@xian.example.org", "晓", "王", "Temp0rary-Passw0rd");

    private final JsonObject xian = TenantRealmTemplate.shipped()
            .render("xian", "xian", "西安市大数据管理局 \"试点\"", "https://portal.example.org/", ADMIN);

    @Test
    void theRealmIsNamedAndItsClientPointsAtThePortal() {
        assertEquals("xian", xian.getString("realm"));
        assertEquals("西安市大数据管理局 \"试点\"", xian.getString("displayName"), "a quote in the name stays inside the string");
        JsonObject web = xian.getJsonArray("clients").getJsonObject(0);
        assertEquals("portal-web", web.getString("clientId"));
        assertTrue(web.getBoolean("publicClient"));
        assertTrue(web.getBoolean("standardFlowEnabled"));
        assertFalse(web.getBoolean("directAccessGrantsEnabled"));
        assertFalse(web.containsKey("secret"));
        assertEquals("S256", web.getJsonObject("attributes").getString("pkce.code.challenge.method"));
        assertEquals("https://portal.example.org/t/xian/*", web.getJsonArray("redirectUris").getString(0));
        assertEquals("https://portal.example.org", web.getJsonArray("webOrigins").getString(0));
        assertTrue(xian.getBoolean("bruteForceProtected"));
        assertTrue(xian.getString("passwordPolicy").startsWith("length(12)"));
    }

    @Test
    void onlyThePortalsPlaceholdersAreReplaced() {
        String text = xian.toString();
        for (String placeholder : new String[] {"${TENANT_REALM}", "${TENANT_ID}", "${TENANT_DISPLAY_NAME}", "${PORTAL_URL}"}) {
            assertFalse(text.contains(placeholder), placeholder);
        }
        assertTrue(text.contains("${username}"), "Keycloak's own message keys in the user profile are kept");
    }

    @Test
    void theFirstAdministratorHasATemporaryPasswordAndTheTenantAdminRole() {
        JsonObject user = xian.getJsonArray("users").getJsonObject(0);
        assertEquals("admin", user.getString("username"));
        assertEquals("tenant-admin", user.getJsonArray("realmRoles").getString(0));
        JsonObject credential = user.getJsonArray("credentials").getJsonObject(0);
        assertTrue(credential.getBoolean("temporary"));
        assertEquals("Temp0rary-Passw0rd", credential.getString("value"));
        assertEquals("UPDATE_PASSWORD", user.getJsonArray("requiredActions").getString(0));
    }

    /** One template: the seeded realm files hold the same roles, mappers and user profile. */
    @Test
    void theSeededRealmsHoldWhatTheTemplateHolds() throws Exception {
        JsonObject template = read(new String(TenantRealmTemplate.class.getResourceAsStream(TenantRealmTemplate.RESOURCE)
                .readAllBytes(), StandardCharsets.UTF_8));
        for (String tenant : new String[] {"luohe", "ordos", "pingliang", "shanghai"}) {
            JsonObject seeded = read(Files.readString(Path.of("../realm-config/" + tenant + "-realm.json")));
            assertEquals(template.get("roles"), seeded.get("roles"), tenant);
            assertEquals(template.get("components"), seeded.get("components"), tenant);
            assertEquals(mappers(template), mappers(seeded), tenant);
            assertEquals(template.get("bruteForceProtected"), seeded.get("bruteForceProtected"), tenant);
        }
    }

    @Test
    void temporaryPasswordsPassThePolicy() {
        for (int i = 0; i < 200; i++) {
            String password = TemporaryPassword.generate();
            assertEquals(16, password.length());
            assertTrue(password.chars().anyMatch(Character::isUpperCase), password);
            assertTrue(password.chars().anyMatch(Character::isLowerCase), password);
            assertTrue(password.chars().anyMatch(Character::isDigit), password);
        }
    }

    private static JsonValue mappers(JsonObject realm) {
        return realm.getJsonArray("clients").getJsonObject(0).get("protocolMappers");
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
