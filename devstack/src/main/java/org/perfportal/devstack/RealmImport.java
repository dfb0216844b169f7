package org.perfportal.devstack;

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
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The realm files Keycloak imports on a development or test start: the production realm
 * definitions from {@code realm-config}, each with the dev overlay merged in — the password-grant
 * script client, one demo user per realm role ({@code username} = role, password {@code demo}) and the
 * relaxed password policy those passwords need ({@code realmSettings}).
 * Production imports use the realm files alone.
 */
final class RealmImport {

    private RealmImport() {
    }

    /** Realm name → merged realm JSON, in name order. */
    static Map<String, String> withDemoUsers() {
        JsonObject overlay = read(resource("realms/dev/demo-overlay.json"));
        Map<String, String> realms = new TreeMap<>();
        for (Map.Entry<String, String> file : realmFiles().entrySet()) {
            JsonObject realm = read(file.getValue());
            realms.put(realm.getString("realm"), merge(realm, overlay).toString());
        }
        return realms;
    }

    /** A digest of the merged files: a change means Keycloak's database must be imported anew. */
    static String digest(Map<String, String> realms) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            realms.forEach((name, json) -> sha.update((name + json).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject merge(JsonObject realm, JsonObject overlay) {
        JsonArrayBuilder clients = Json.createArrayBuilder(realm.getJsonArray("clients"));
        overlay.getJsonArray("clients").forEach(clients::add);
        JsonArrayBuilder users = Json.createArrayBuilder();
        JsonObject template = overlay.getJsonObject("userTemplate");
        String realmName = realm.getString("realm");
        for (JsonValue role : realm.getJsonObject("roles").getJsonArray("realm")) {
            String roleName = role.asJsonObject().getString("name");
            JsonObjectBuilder user = Json.createObjectBuilder(template)
                    .add("username", roleName)
                    .add("email", roleName + "@" + realmName + ".example.org")
                    .add("firstName", roleName)
                    .add("lastName", realmName)
                    .add("realmRoles", Json.createArrayBuilder().add(roleName));
            JsonObject attributes = demoUserAttributes(overlay, realmName, roleName);
            if (attributes != null) {
                user.add("attributes", attributes);
            }
            users.add(user);
        }
        JsonObjectBuilder merged = Json.createObjectBuilder(realm).add("clients", clients).add("users", users);
        // dev-only realm settings (the relaxed password policy of the demo passwords) replace the production ones
        JsonObject settings = overlay.getJsonObject("realmSettings");
        if (settings != null) {
            settings.forEach((key, value) -> {
                if (!key.startsWith("_")) {
                    merged.add(key, value);
                }
            });
        }
        return merged.build();
    }

    /**
     * The overlay's attributes for one demo user ({@code demoUserAttributes.<realm>.<user>}), e.g.
     * Pingliang's {@code unit} user's {@code unit_id}, which the token carries as the unit it speaks
     * for; {@code null} when there are none.
     */
    private static JsonObject demoUserAttributes(JsonObject overlay, String realm, String user) {
        JsonObject perRealm = overlay.getJsonObject("demoUserAttributes");
        if (perRealm == null || !(perRealm.get(realm) instanceof JsonObject users)) {
            return null;
        }
        return users.get(user) instanceof JsonObject attributes ? attributes : null;
    }

    private static Map<String, String> realmFiles() {
        URL anchor = RealmImport.class.getClassLoader().getResource("realms/dev/demo-overlay.json");
        if (anchor == null) {
            throw new IllegalStateException("realm-config is not on the class path");
        }
        try {
            if ("jar".equals(anchor.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(anchor.toURI(), Map.of())) {
                    return readRealmFiles(jar.getPath("/realms"));
                }
            }
            return readRealmFiles(Path.of(anchor.toURI()).getParent().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readRealmFiles(Path dir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith("-realm.json")).sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String resource(String name) {
        try (InputStream in = RealmImport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The realm roles of a merged realm file, for printing the demo logins. */
    static Stream<String> roles(String realmJson) {
        JsonArray roles = read(realmJson).getJsonObject("roles").getJsonArray("realm");
        return roles.stream().map(r -> r.asJsonObject().get("name")).map(v -> ((JsonString) v).getString());
    }
}
