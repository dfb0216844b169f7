package org.perfportal.identity;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's token verifier: realm keys are fetched from Keycloak's certs endpoint, cached,
 * and fetched again when a token names an unknown key id (key rotation).
 */
@ApplicationScoped
public class AccessTokenVerifier {

    @Inject
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    /** Keycloak as the portal reaches it; differs from the issuer URL behind a proxy. */
    @Inject
    @ConfigProperty(name = "portal.keycloak.internal-url", defaultValue = " ")
    String internalUrl;

    /** Nimbus waits 500 ms by default; a busy Keycloak on a small machine needs more. */
    @Inject
    @ConfigProperty(name = "portal.keycloak.jwks-timeout-ms", defaultValue = "5000")
    int jwksTimeoutMs;

    /** Tolerated clock difference between Keycloak and the portal. */
    @Inject
    @ConfigProperty(name = "portal.keycloak.clock-skew-seconds", defaultValue = "30")
    int clockSkewSeconds;

    /** The client ids whose tokens may call the API (the token's {@code azp}); see {@link RealmTokenVerifier}. */
    @Inject
    @ConfigProperty(name = "portal.api.allowed-clients", defaultValue = "portal-web,portal-cli,portal-cli-short-lived")
    java.util.List<String> allowedClients;

    private RealmTokenVerifier verifier;

    @PostConstruct
    void init() {
        verifier = new RealmTokenVerifier(keycloakUrl, this::keySource, clockSkewSeconds,
                java.util.Set.copyOf(allowedClients.stream().map(String::trim).toList()));
    }

    public VerifiedCaller verify(String token, String realm) {
        return verifier.verify(token, realm);
    }

    /** See {@link RealmTokenVerifier#verifyIssuedByOneOf}: the issuing realm is read from the verified token. */
    public VerifiedCaller verifyIssuedByOneOf(String token, Collection<String> acceptedRealms) {
        return verifier.verifyIssuedByOneOf(token, acceptedRealms);
    }

    /** The realm's OIDC discovery URL, as the portal reaches Keycloak (used by the health check). */
    public URI discoveryUri(String realm) {
        return URI.create(baseUrl() + "/realms/" + realm + "/.well-known/openid-configuration");
    }

    private JWKSource<SecurityContext> keySource(String realm) {
        try {
            URL certs = URI.create(baseUrl() + "/realms/" + realm + "/protocol/openid-connect/certs").toURL();
            return JWKSourceBuilder.create(certs, new DefaultResourceRetriever(jwksTimeoutMs, jwksTimeoutMs))
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("portal.keycloak.url is not a URL: " + keycloakUrl, e);
        }
    }

    private String baseUrl() {
        String base = internalUrl.isBlank() ? keycloakUrl : internalUrl.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
