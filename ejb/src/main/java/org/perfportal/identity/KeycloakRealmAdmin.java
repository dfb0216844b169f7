package org.perfportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.perfportal.shared.ConflictException;

/**
 * Keycloak's Admin REST API, as far as onboarding needs it: create a realm from a full realm
 * representation (roles, clients, user profile, first user — one call, which Keycloak applies in
 * one transaction) and delete it again. Signs in to the {@code master} realm with the
 * {@code admin-cli} client and the credentials of {@code PORTAL_KEYCLOAK_ADMIN_USER} /
 * {@code PORTAL_KEYCLOAK_ADMIN_PASSWORD}.
 *
 * <p>Plain {@code java.net.http} and JSON-P rather than {@code keycloak-admin-client}: that client
 * is built on RESTEasy and Jackson, which would have to ship in the EAR next to Payara's Jersey
 * and Yasson (two JAX-RS client implementations behind one {@code ClientBuilder} SPI), for the
 * three calls used here.
 */
@ApplicationScoped
public class KeycloakRealmAdmin {

    private static final Logger LOG = Logger.getLogger(KeycloakRealmAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    /** Keycloak as the portal reaches it; differs from the issuer URL behind a proxy. */
    @Inject
    @ConfigProperty(name = "portal.keycloak.internal-url", defaultValue = " ")
    String internalUrl;

    @Inject
    @ConfigProperty(name = "portal.keycloak.admin-user", defaultValue = " ")
    String adminUser;

    @Inject
    @ConfigProperty(name = "portal.keycloak.admin-password", defaultValue = " ")
    String adminPassword;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Whether Keycloak has a realm of this name (a realm the registry does not know may exist). */
    public boolean exists(String realm) {
        HttpResponse<String> reply = send(request("/admin/realms/" + encode(realm)).GET());
        if (reply.statusCode() == 404) {
            return false;
        }
        requireStatus(reply, 200, "read realm " + realm);
        return true;
    }

    /**
     * Creates the realm {@code representation} describes.
     *
     * @throws ConflictException {@code realm} if Keycloak already has a realm of that name
     */
    public void create(JsonObject representation) {
        String realm = representation.getString("realm");
        HttpResponse<String> reply = send(request("/admin/realms").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(representation.toString(), StandardCharsets.UTF_8)));
        if (reply.statusCode() == 409) {
            throw new ConflictException("realm", "Keycloak already has a realm '" + realm + "'; choose another realm name");
        }
        requireStatus(reply, 201, "create realm " + realm);
        LOG.info(() -> "created Keycloak realm " + realm);
    }

    /** Deletes the realm; one already gone is fine. Never throws: it runs when a failed onboarding is undone. */
    public void delete(String realm) {
        try {
            HttpResponse<String> reply = send(request("/admin/realms/" + encode(realm)).DELETE());
            if (reply.statusCode() != 204 && reply.statusCode() != 404) {
                LOG.severe(() -> "could not delete Keycloak realm " + realm + ": " + reply.statusCode() + " " + reply.body());
            } else {
                LOG.info(() -> "deleted Keycloak realm " + realm);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not delete Keycloak realm " + realm + "; delete it by hand", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken());
    }

    private String adminToken() {
        if (adminUser.isBlank() || adminPassword.isBlank()) {
            throw new IdentityProviderException("PORTAL_KEYCLOAK_ADMIN_USER and PORTAL_KEYCLOAK_ADMIN_PASSWORD must be set to create realms");
        }
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(adminUser.strip())
                + "&password=" + encode(adminPassword);
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        requireStatus(reply, 200, "sign in to the master realm as " + adminUser.strip());
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IdentityProviderException("Keycloak is not reachable at " + baseUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderException("interrupted while calling Keycloak", e);
        }
    }

    private static void requireStatus(HttpResponse<String> reply, int expected, String what) {
        if (reply.statusCode() != expected) {
            throw new IdentityProviderException("Keycloak refused to " + what + ": " + reply.statusCode() + " " + reply.body());
        }
    }

    private String baseUrl() {
        String base = internalUrl.isBlank() ? keycloakUrl : internalUrl.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
