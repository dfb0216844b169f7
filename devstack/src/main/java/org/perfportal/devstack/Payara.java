package org.perfportal.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Server 6 (the zip from Maven Central) running one domain with the portal's EAR. The
 * application reads its database and Keycloak locations from the environment the domain is
 * started with ({@code PORTAL_DB_URL}, {@code PORTAL_KEYCLOAK_URL}, …).
 */
public final class Payara implements AutoCloseable {

    private static final String APPLICATION = "portal";

    private final Path home;
    private final String domain;
    private final int portbase;
    private final Map<String, String> env;
    private final Path log;

    private Payara(Path home, String domain, int portbase, Map<String, String> env, Path log) {
        this.home = home;
        this.domain = domain;
        this.portbase = portbase;
        this.env = env;
        this.log = log;
    }

    /** Payara unpacked below {@code workDir}, once. */
    public static Path unpack(Path workDir) {
        return Distribution.unpackOnce("payara.zip", workDir, "payara6/bin/asadmin").resolve("payara6");
    }

    /** The domain's maximum heap. */
    static final String HEAP = "-Xmx1536m";

    /** Creates {@code domain} with every port offset from {@code portbase} (admin = +48, HTTP = +80), once. */
    public static void createDomain(Path home, String domain, int portbase, Path log) {
        if (Files.isDirectory(home.resolve("glassfish/domains").resolve(domain))) {
            return;
        }
        ManagedProcess.run(List.of(home.resolve("bin/asadmin").toString(), "--user", "admin",
                        "create-domain", "--portbase", String.valueOf(portbase), "--nopassword=true", domain),
                home, Map.of(), log, Duration.ofMinutes(3));
        // Payara's default heap of 512 MB runs short in a test run that deploys the EAR some twenty
        // times and renders documents in each: a render then crawled in garbage collection.
        Path config = home.resolve("glassfish/domains").resolve(domain).resolve("config/domain.xml");
        try {
            Files.writeString(config, Files.readString(config).replace("<jvm-options>-Xmx512m</jvm-options>",
                    "<jvm-options>" + HEAP + "</jvm-options>"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not set the heap of domain " + domain, e);
        }
    }

    /**
     * A new {@code domain}, replacing any left by an earlier run: a domain that still lists a
     * deployment whose file is gone refuses the next deployment of that name.
     */
    public static void recreateDomain(Path home, String domain, int portbase, Path log) {
        if (Files.isDirectory(home.resolve("glassfish/domains").resolve(domain))) {
            ManagedProcess.run(List.of(home.resolve("bin/asadmin").toString(), "delete-domain", domain),
                    home, Map.of(), log, Duration.ofMinutes(2));
        }
        createDomain(home, domain, portbase, log);
    }

    /** Starts the domain, deploys the EAR and waits until the portal reports itself ready. */
    public static Payara startAndDeploy(Path home, String domain, int portbase, Path ear, Map<String, String> env, Path log) {
        createDomain(home, domain, portbase, log);
        Payara payara = new Payara(home, domain, portbase, env, log);
        payara.asadmin(Duration.ofMinutes(5), "start-domain", domain);
        try {
            // A domain stopped without undeploying loads the old EAR at start; a forced redeploy over
            // it keeps the old class loader's JDBC driver in the pool. Undeploy, then deploy.
            payara.undeployIfPresent();
            payara.asadmin(Duration.ofMinutes(5), "deploy", "--name", APPLICATION, ear.toString());
            ManagedProcess.awaitHttpOk("the portal", httpUrl(portbase) + "/health/ready", null, Duration.ofMinutes(2), log);
        } catch (RuntimeException e) {
            payara.close();
            throw e;
        }
        return payara;
    }

    public static String httpUrl(int portbase) {
        return "http://localhost:" + (portbase + 80);
    }

    private void undeployIfPresent() {
        try {
            asadmin(Duration.ofMinutes(2), "undeploy", APPLICATION);
        } catch (IllegalStateException notDeployed) {
            // nothing was deployed: the usual case
        }
    }

    private void asadmin(Duration limit, String... args) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString(),
                "--port", String.valueOf(adminPort())));
        command.addAll(List.of(args));
        ManagedProcess.run(command, home, env, log, limit);
    }

    private int adminPort() {
        return portbase + 48;
    }

    @Override
    public void close() {
        undeployIfPresent();
        asadmin(Duration.ofMinutes(2), "stop-domain", domain);
    }
}
