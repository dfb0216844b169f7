package org.perfportal.devstack;

import java.nio.file.Files;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.Deque;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./portal run}: the whole portal on this machine with demo data for the four tenants.
 * Starts PostgreSQL, Keycloak and Payara, prints where to go and how to sign in, and stops all
 * three in reverse order on Ctrl-C (or on {@code ./portal stop}, which signals this process).
 */
public final class Portal {

    static final int DB_PORT = 15432;
    static final int KEYCLOAK_PORT = 8180;
    /** Payara's ports: HTTP 8080, admin 8048. */
    static final int PAYARA_PORTBASE = 8000;

    private Portal() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Portal <work-dir> <portal.ear>");
            System.exit(2);
        }
        Path work = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        Path ear = Path.of(args[1]).toAbsolutePath();
        long started = System.nanoTime();

        // JVM shutdown hooks run concurrently: one hook stops the servers, newest first.
        Deque<Map.Entry<String, AutoCloseable>> running = new ConcurrentLinkedDeque<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.forEach(Portal::stopQuietly)));

        Database db = Database.start(work.resolve("pgdata"), DB_PORT, false);
        running.push(Map.entry("PostgreSQL", db));
        db.ensureDatabase("portal");
        System.out.println("PostgreSQL on port " + DB_PORT + " (data in " + work.resolve("pgdata") + ")");

        String portalUrl = Payara.httpUrl(PAYARA_PORTBASE);
        Keycloak keycloak = Keycloak.start(Files.createDirectories(work.resolve("keycloak")), KEYCLOAK_PORT, db, portalUrl);
        running.push(Map.entry("Keycloak", keycloak));
        System.out.println("Keycloak at " + keycloak.url() + " with realms " + keycloak.realms().keySet());

        Path payaraWork = Files.createDirectories(work.resolve("payara"));
        Payara payara = Payara.startAndDeploy(Payara.unpack(payaraWork), "portal", PAYARA_PORTBASE, ear, Map.of(
                "PORTAL_DB_URL", db.jdbcUrl("portal"),
                "PORTAL_DB_USER", Database.USER,
                "PORTAL_DB_PASSWORD", Database.PASSWORD,
                "PORTAL_KEYCLOAK_URL", keycloak.url(),
                // Onboarding creates realms through the admin API as the dev Keycloak's bootstrap admin (Keycloak.java).
                "PORTAL_KEYCLOAK_ADMIN_USER", Keycloak.ADMIN_USER,
                "PORTAL_KEYCLOAK_ADMIN_PASSWORD", Keycloak.ADMIN_PASSWORD,
                "PORTAL_URL", portalUrl,
                "PORTAL_DEMO_DATA", "true"), payaraWork.resolve("asadmin.log"));
        running.push(Map.entry("Payara", payara));

        printWelcome(portalUrl, keycloak, (System.nanoTime() - started) / 1_000_000_000.0);
        new CountDownLatch(1).await();
    }

    private static void printWelcome(String portalUrl, Keycloak keycloak, double seconds) {
        System.out.printf("%nPortal ready in %.0f s%n", seconds);
        System.out.println("  Portal     " + portalUrl + "/  (pick 漯河市政务大数据中心, log in as a demo role)");
        System.out.println("  API        " + portalUrl + "/api/v1/tenants/{tenant}/vendors");
        System.out.println("  Health     " + portalUrl + "/health");
        System.out.println("  Keycloak   " + keycloak.url() + "/admin  (admin / admin)");
        System.out.println("  Demo logins (password 'demo'; client 'portal-cli' allows the password grant):");
        keycloak.realms().forEach((realm, json) -> System.out.println("    " + realm + ": "
                + String.join(", ", RealmImport.roles(json).toList())));
        System.out.println("  A token:   curl -s -d grant_type=password -d client_id=portal-cli -d username=assessor -d password=demo "
                + keycloak.tokenUrl("luohe"));
        System.out.println("Ctrl-C (or ./portal stop) stops everything.");
    }

    private static void stopQuietly(Map.Entry<String, AutoCloseable> server) {
        try {
            System.out.println("stopping " + server.getKey());
            server.getValue().close();
        } catch (Exception e) {
            System.err.println(server.getKey() + " did not stop cleanly: " + e.getMessage());
        }
    }
}
