package org.perfportal.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A client of the deployed portal as a script would use it: real Keycloak tokens obtained by
 * the password grant of the dev-only {@code portal-cli} client, JSON over HTTP.
 */
public final class Api {

    public static final String PORTAL_URL = "http://localhost:" + (Integer.getInteger("it.payara.portbase", 28000) + 80);
    static final String KEYCLOAK_URL = "http://localhost:" + Integer.getInteger("it.keycloak.port", 28180);

    /**
     * When the server's clock starts in the tests ({@code PORTAL_CLOCK_START}, set by the ear pom):
     * the day the tests' date-relative expectations ("not over yet", "due in 2027") were derived for.
     */
    public static final Instant SERVER_CLOCK_START = Instant.parse(System.getProperty("it.clock.start"));

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * Tokens live 5 minutes (the realms' {@code accessTokenLifespan}); a suite on a loaded machine runs far
     * longer, so a cached token is renewed once less than this margin is left, enough for one test method.
     */
    private static final Duration RENEW_MARGIN = Duration.ofSeconds(120);
    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    /** A real access token of the demo user {@code username} (= its role) in {@code realm}, renewed before it expires. */
    public static String token(String realm, String username) {
        return TOKENS.compute(realm + "/" + username, (k, cached) -> cached != null
                && Instant.now().plus(RENEW_MARGIN).isBefore(cached.expires()) ? cached
                : CachedToken.of(freshToken(realm, username, "portal-cli"))).token();
    }

    /** A new token from {@code client}, never cached (e.g. {@code portal-cli-short-lived}: 5-second tokens). */
    public static String freshToken(String realm, String username, String client) {
        Reply reply = send(HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", client,
                        "username", username, "password", "demo")))));
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + username + "@" + realm + " from " + client + ": " + reply.body());
        }
        return reply.json().asJsonObject().getString("access_token");
    }

    /**
     * A real token of a new {@code unit} user of {@code realm} who speaks for the using unit
     * {@code unitId}: created through Keycloak's admin API (the dev stack's {@code admin}) with the
     * user attribute {@code unit_id}, which the realm maps into the token's {@code unit_id} claim.
     */
    public static String unitUserToken(String realm, long unitId) {
        return unitUserToken(realm, "unit-" + java.util.UUID.randomUUID().toString().substring(0, 8), unitId);
    }

    /** As {@link #unitUserToken(String, long)}, with the user name given. */
    public static String unitUserToken(String realm, String username, long unitId) {
        String admin = send(HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", "admin", "password", "admin"))))).json().asJsonObject().getString("access_token");
        String users = KEYCLOAK_URL + "/admin/realms/" + realm + "/users";
        Reply created = send(HttpRequest.newBuilder(URI.create(users)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("username", username).add("enabled", true).add("emailVerified", true)
                        .add("email", username + "@" + realm + ".example.org").add("firstName", username).add("lastName", realm)
                        .add("attributes", Json.createObjectBuilder().add("unit_id", Json.createArrayBuilder().add(String.valueOf(unitId))))
                        .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "password").add("value", "demo").add("temporary", false)))
                        .build().toString())));
        if (created.status() != 201) {
            throw new IllegalStateException("cannot create " + username + "@" + realm + ": " + created);
        }
        String userId = send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + username))
                .header("Authorization", "Bearer " + admin).GET()).json().asJsonArray().getJsonObject(0).getString("id");
        String role = send(HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/admin/realms/" + realm + "/roles/unit"))
                .header("Authorization", "Bearer " + admin).GET()).body();
        Reply mapped = send(HttpRequest.newBuilder(URI.create(users + "/" + userId + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")));
        if (mapped.status() != 204) {
            throw new IllegalStateException("cannot give " + username + " the unit role: " + mapped);
        }
        return freshToken(realm, username, "portal-cli");
    }

    /** A token of {@code username} in {@code realm} from {@code client} by the password grant, or the refusal. */
    public static Reply passwordGrant(String realm, String client, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", client,
                        "username", username, "password", password)))));
    }

    /**
     * A call of Keycloak's Admin REST API ({@code path} under {@code /admin/realms}) with {@code token}, or, when it is
     * {@code null}, as the dev stack's master {@code admin}.
     */
    public static Reply keycloakAdmin(String method, String path, String token, String json) {
        String bearer = token != null ? token : send(HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", "admin", "password", "admin"))))).json().asJsonObject().getString("access_token");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KEYCLOAK_URL + "/admin/realms" + path))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json");
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A CSV body ({@code text/csv; charset=UTF-8}). */
    public static Reply putCsv(String path, String token, String csv) {
        return send(request(path, token).header("Content-Type", "text/csv; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    public static Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A file download: the status, its media type and the raw bytes. */
    public static Download download(String path, String token) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Reply post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A raw-body upload (a photo as {@code image/jpeg}), the file's bytes as the request body. */
    public static Reply upload(String path, String token, String contentType, byte[] body) {
        return send(request(path, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public static Reply put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Any request: {@code method} on {@code path} with the raw {@code body} (none when null) declared as
     * {@code contentType} (no header when null) — for tests that send what no well-behaved client would.
     */
    public static Reply send(String method, String path, String token, String contentType, byte[] body) {
        // HTTP/1.1: the client's default h2c upgrade is not what a browser or script speaks to the portal
        HttpRequest.Builder request = request(path, token).version(HttpClient.Version.HTTP_1_1).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(PORTAL_URL + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().firstValue("Cache-Control").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A token and when it expires (its {@code exp} claim). */
    private record CachedToken(String token, Instant expires) {

        static CachedToken of(String token) {
            String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            try (JsonReader reader = Json.createReader(new StringReader(payload))) {
                return new CachedToken(token, Instant.ofEpochSecond(reader.readObject().getJsonNumber("exp").longValue()));
            }
        }
    }

    /** A downloaded file. */
    public record Download(int status, String contentType, String disposition, byte[] body) {

        @Override
        public String toString() {
            return status + " " + contentType + " " + (contentType.contains("json") ? new String(body, StandardCharsets.UTF_8) : body.length + " bytes");
        }
    }

    /** An HTTP answer. */
    public record Reply(int status, String contentType, String body, String cacheControl) {

        public JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
