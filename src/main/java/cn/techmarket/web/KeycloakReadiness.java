package cn.techmarket.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Ready only while Keycloak publishes the realm's discovery document: without it nobody can sign in. */
@Readiness
@ApplicationScoped
class KeycloakReadiness implements HealthCheck {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @Override
    public HealthCheckResponse call() {
        var health = HealthCheckResponse.named("Keycloak").withData("realm", realmUrl);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return health.status(status == 200).withData("status", status).build();
        } catch (Exception e) {
            return health.down().withData("error", e.getClass().getSimpleName()).build();
        } 
    }
}
