package org.perfportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.perfportal.identity.AccessTokenVerifier;
import org.perfportal.tenant.Tenant;
import org.perfportal.tenant.TenantRegistry;

/**
 * Ready only while Keycloak publishes every active tenant's realm: a tenant whose realm is
 * missing cannot sign anyone in, which an operator must see before the users do.
 */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    private TenantRegistry registry;

    @Inject
    private AccessTokenVerifier verifier;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("keycloak").up();
        for (Tenant tenant : registry.listAll()) {
            if (tenant.isActive()) {
                String state = realmState(tenant.realm());
                response.withData(tenant.realm(), state);
                if (!"UP".equals(state)) {
                    response.down();
                }
            }
        }
        return response.build();
    }

    private String realmState(String realm) {
        HttpRequest request = HttpRequest.newBuilder(verifier.discoveryUri(realm)).timeout(Duration.ofSeconds(3)).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? "UP" : "HTTP " + status;
        } catch (IOException e) {
            return "unreachable: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
