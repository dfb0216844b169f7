package org.perfportal.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak 26 (the Quarkus distribution from Maven Central) in development mode, storing its
 * data in the embedded PostgreSQL and importing one realm per tenant at start. Keycloak skips
 * realms that already exist, so when the realm files change its database is recreated.
 */
public final class Keycloak implements AutoCloseable {

    /** How long the start-up and realm import may take before the start counts as failed. */
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(10);

    public static final String DATABASE = "keycloak";

    /** The bootstrap admin of the master realm, dev and tests only. */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final Process process;
    private final String url;
    private final Map<String, String> realms;

    private Keycloak(Process process, String url, Map<String, String> realms) {
        this.process = process;
        this.url = url;
        this.realms = realms;
    }

    /**
     * @param workDir   where Keycloak is unpacked and logs
     * @param port      the HTTP port; the management port is {@code port + 1000}
     * @param portalUrl the portal's public URL, for the login redirect URIs
     */
    public static Keycloak start(Path workDir, int port, Database db, String portalUrl) {
        String version = Distribution.property("keycloak.version");
        Path home = Distribution.unpackOnce("keycloak.zip", workDir, "keycloak-" + version + "/bin/kc.sh")
                .resolve("keycloak-" + version);
        Map<String, String> realms = RealmImport.withDemoUsers();
        prepareImport(home, workDir, db, realms);

        String url = "http://localhost:" + port;
        Path log = workDir.resolve("keycloak.log");
        Process process = ManagedProcess.start(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-port=" + port,
                        "--http-management-port=" + (port + 1000),
                        "--hostname=" + url,
                        "--import-realm",
                        "--db=postgres",
                        "--db-url=" + db.jdbcUrl(DATABASE),
                        "--db-username=" + Database.USER,
                        "--db-password=" + Database.PASSWORD,
                        "--health-enabled=true"),
                home, Map.of(
                        "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                        "PORTAL_URL", portalUrl,
                        // kc.sh otherwise sizes its heap at 50-70 % of the machine's memory: several
                        // stacks side by side (parallel builds, the two-instance test) would not fit.
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m"),
                log);
        Keycloak keycloak = new Keycloak(process, url, realms);
        for (String realm : realms.keySet()) {
            // ~30 s on a quiet 2-core machine; several builds at once on it have taken over 4 minutes.
            ManagedProcess.awaitHttpOk("Keycloak realm " + realm, keycloak.discoveryUrl(realm), process, STARTUP_LIMIT, log);
        }
        return keycloak;
    }

    private static void prepareImport(Path home, Path workDir, Database db, Map<String, String> realms) {
        try {
            Path digestFile = workDir.resolve("realms.sha256");
            String digest = RealmImport.digest(realms);
            boolean changed = !Files.exists(digestFile) || !Files.readString(digestFile).equals(digest);
            if (changed) {
                db.dropDatabase(DATABASE);
            }
            db.ensureDatabase(DATABASE);
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            for (Map.Entry<String, String> realm : realms.entrySet()) {
                Files.writeString(importDir.resolve(realm.getKey() + "-realm.json"), realm.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(digestFile, digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return url;
    }

    public Map<String, String> realms() {
        return realms;
    }

    public String discoveryUrl(String realm) {
        return url + "/realms/" + realm + "/.well-known/openid-configuration";
    }

    public String tokenUrl(String realm) {
        return url + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    @Override
    public void close() {
        ManagedProcess.stop(process, Duration.ofSeconds(30));
    }
}
