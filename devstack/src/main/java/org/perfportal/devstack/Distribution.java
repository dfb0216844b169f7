package org.perfportal.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A server distribution (Payara, Keycloak) that the build fetched from Maven Central into the
 * local repository; unpacked once into the launcher's work directory.
 */
final class Distribution {

    private static final Properties LOCATIONS = load();

    private Distribution() {
    }

    static String property(String key) {
        String value = LOCATIONS.getProperty(key);
        if (value == null || value.startsWith("${")) {
            throw new IllegalStateException("devstack.properties lacks " + key + ": build with 'mvn install' first");
        }
        return value;
    }

    /**
     * Unpacks the zip named by {@code key} below {@code target}, unless {@code marker} (a path
     * inside the unpacked tree) already exists; returns {@code target}.
     */
    static Path unpackOnce(String key, Path target, String marker) {
        if (Files.exists(target.resolve(marker))) {
            return target;
        }
        Path zip = Path.of(property(key));
        System.out.println("unpacking " + zip.getFileName() + " into " + target);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // java.util.zip drops Unix permissions: scripts under bin/ must run.
            try (Stream<Path> files = Files.walk(target)) {
                files.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("bin"))
                        .forEach(p -> p.toFile().setExecutable(true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + zip, e);
        }
        return target;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Distribution.class.getResourceAsStream("/devstack.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
