package org.perfportal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of every table of the test {@code portal} database, as row count and MD5 of the rows
 * in a stable order, read by the PostgreSQL superuser (so every tenant's rows are seen, whatever
 * the application's tenant filter). Two equal fingerprints mean nothing was written in between.
 */
public final class TableFingerprint {

    private TableFingerprint() {
    }

    /** Table ({@code schema.name}) → {@code rows:md5}. */
    public static Map<String, String> take() {
        String url = "jdbc:postgresql://localhost:" + Integer.getInteger("it.db.port") + "/portal";
        Map<String, String> fingerprint = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM "
                    + "information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', "
                    + "'information_schema') ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM "
                        + table + " t")) {
                    rs.next();
                    fingerprint.put(table, rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint the portal database at " + url, e);
        }
        return fingerprint;
    }
}
