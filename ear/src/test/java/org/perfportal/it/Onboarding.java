package org.perfportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * Onboarding a tenant through the API, as the platform operator does it, and what a test needs on
 * top: the password-grant client {@code portal-cli}, which production realms do not have (the
 * onboarding template leaves it out), added to the new realm through Keycloak's admin API; users of
 * the new realm, created by its first administrator with its own token.
 */
public final class Onboarding {

    public static final String TENANTS = "/api/v1/platform/tenants";
    public static final String SCRIPT_CLIENT = "portal-cli";

    private Onboarding() {
    }

    /** The onboarding body: the tenant, its kinds, a first administrator {@code admin}. */
    public static String body(String id, String displayName, String realm, String... kinds) {
        JsonArrayBuilder kindList = Json.createArrayBuilder();
        for (String kind : kinds) {
            kindList.add(kind);
        }
        var body = Json.createObjectBuilder().add("id", id).add("displayName", displayName).add("kinds", kindList)
                .add("admin", Json.createObjectBuilder().add("username", "admin").add("email", "admin@" + id.replaceAll("[^a-z0-9-]", "") + ".example.org")
                        .add("firstName", "晓").add("lastName", "王"));
        if (realm != null) {
            body.add("realm", realm);
        }
        return body.build().toString();
    }

    public static Api.Reply onboard(String id, String displayName, String... kinds) {
        return Api.post(TENANTS, Api.token("platform", "platform-operator"), body(id, displayName, null, kinds));
    }

    /** Test only: the public password-grant client with the role and unit mappers, as the dev overlay has it. */
    public static void addScriptClient(String realm) {
        String mappers = "[{\"name\":\"realm roles\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-usermodel-realm-role-mapper\","
                + "\"config\":{\"multivalued\":\"true\",\"claim.name\":\"groups\",\"jsonType.label\":\"String\",\"access.token.claim\":\"true\"}},"
                + "{\"name\":\"unit id\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-usermodel-attribute-mapper\","
                + "\"config\":{\"user.attribute\":\"unit_id\",\"claim.name\":\"unit_id\",\"jsonType.label\":\"String\","
                + "\"access.token.claim\":\"true\",\"multivalued\":\"false\"}}]";
        Api.Reply created = Api.keycloakAdmin("POST", "/" + realm + "/clients", null, "{\"clientId\":\"" + SCRIPT_CLIENT
                + "\",\"enabled\":true,\"publicClient\":true,\"standardFlowEnabled\":false,\"directAccessGrantsEnabled\":true,"
                + "\"protocolMappers\":" + mappers + "}");
        assertEquals(201, created.status(), created::toString);
    }

    /** The user's id in Keycloak. */
    public static String userId(String realm, String username) {
        return Api.keycloakAdmin("GET", "/" + realm + "/users?exact=true&username=" + username, null, null)
                .json().asJsonArray().getJsonObject(0).getString("id");
    }

    /**
     * The first administrator's first sign-in: the temporary password is replaced (as Keycloak's
     * "update password" step would), then a token is fetched with the new one.
     */
    public static String firstSignIn(String realm, String username, String newPassword) {
        Api.Reply reset = Api.keycloakAdmin("PUT", "/" + realm + "/users/" + userId(realm, username) + "/reset-password", null,
                "{\"type\":\"password\",\"value\":\"" + newPassword + "\",\"temporary\":false}");
        assertEquals(204, reset.status(), reset::toString);
        return token(realm, username, newPassword);
    }

    public static String token(String realm, String username, String password) {
        Api.Reply token = Api.passwordGrant(realm, SCRIPT_CLIENT, username, password);
        assertEquals(200, token.status(), token::toString);
        return token.json().asJsonObject().getString("access_token");
    }

    /**
     * A user of the realm with one realm role, created by the tenant's administrator with its own
     * token (the template gives it Keycloak's user management in its realm); answers the user's token.
     */
    public static String createUser(String realm, String adminToken, String username, String role, String password) {
        Api.Reply created = Api.keycloakAdmin("POST", "/" + realm + "/users", adminToken, Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("emailVerified", true)
                .add("email", username + "@" + realm + ".example.org").add("firstName", username).add("lastName", realm)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build().toString());
        assertEquals(201, created.status(), created::toString);
        String id = userId(realm, username);
        String available = Api.keycloakAdmin("GET", "/" + realm + "/users/" + id + "/role-mappings/realm/available", adminToken, null)
                .json().asJsonArray().stream().filter(r -> r.asJsonObject().getString("name").equals(role))
                .findFirst().orElseThrow(() -> new AssertionError("role " + role + " not available in " + realm)).toString();
        Api.Reply mapped = Api.keycloakAdmin("POST", "/" + realm + "/users/" + id + "/role-mappings/realm", adminToken,
                "[" + available + "]");
        assertEquals(204, mapped.status(), mapped::toString);
        return token(realm, username, password);
    }
}
