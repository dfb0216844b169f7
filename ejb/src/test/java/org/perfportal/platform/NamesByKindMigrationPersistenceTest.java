package org.perfportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The renames of issue 12 ({@code parts/0015_names_by_kind.xml}: tables and kind ids named after what they assess,
 * not after the first tenant) keep every row of a database that holds today's schema and the demo data.
 *
 * <p>One embedded PostgreSQL is brought to the schema as it stood before 0015 with the {@code demo} context
 * ({@code db/changelog/before-0015.xml}, a test-only master without that one include: the parts are included by
 * the same paths, so Liquibase records them under the same file names), given one assessment result per scheme
 * (the demo data stores none), then migrated by the real {@link SchemaMigrator} with the demo data, then once more.
 * Each state is a snapshot of every table: its row count, an md5 over its rows as JSON (so over the columns,
 * whatever the table is called), its columns, constraints and indexes, and the sequences' values. The expected
 * mapping (old table → new table; per table, old kind id → new kind id) is read from the 0015 file itself, so this
 * test follows it when it grows. The whole migration runs in {@link #migrate()}; the tests only compare snapshots,
 * in any order.
 */
class NamesByKindMigrationPersistenceTest {

    private static final String PART = "db/changelog/parts/0015_names_by_kind.xml";
    private static final String BEFORE = "db/changelog/before-0015.xml";
    /**
     * Tables that parts after 0015 alter on purpose (0060: extranet lines' contract and service dates, an
     * illegal connection's charged party; 0061: scores without self-score, a ranking row's note).
     */
    private static final Set<String> ALTERED_AFTER_0015 = Set.of("extranet_line", "extranet_illegal_connection",
            "egov_annual_sheet_score", "egov_annual_ranking_row");

    /** Liquibase's own bookkeeping, which a migration is expected to change. */
    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");
    private static final Pattern KIND_WHERE = Pattern.compile("\\s*(\\w+)\\s*=\\s*'([^']*)'\\s*");

    private static EmbeddedPostgres postgres;
    private static Renames renames;
    private static Snapshot before;
    private static Snapshot after;
    private static Snapshot rerun;

    @BeforeAll
    static void migrate() throws Exception {
        renames = Renames.read(PART);
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            update(c, BEFORE);
            // The demo data stores no assessment result; a database in use does, so one per scheme, under its kind.
            try (PreparedStatement s = c.prepareStatement("INSERT INTO assessment (tenant_id, kind, period_label, scheme_id,"
                    + " revision, status, total, computed_at) SELECT tenant_id, kind, '2025', id, 1, 'FINAL', 90.00,"
                    + " TIMESTAMPTZ '2026-01-05 10:00:00+08' FROM scheme")) {
                assertEquals(4, s.executeUpdate());
            }
            before = Snapshot.of(c, renames);
            SchemaMigrator.migrate(c, true);
            after = Snapshot.of(c, renames);
            SchemaMigrator.migrate(c, true);
            rerun = Snapshot.of(c, renames);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theTestChangelogIsTheMasterUpTo0015() throws Exception {
        List<String> master = includes(SchemaMigrator.CHANGELOG);
        int at = master.indexOf("parts/0015_names_by_kind.xml");
        assertTrue(at >= 0, master::toString);
        assertEquals(master.subList(0, at), includes(BEFORE));
    }

    /** The premise: the old database has the old names, with data, and none of the new ones. */
    @Test
    void theOldDatabaseHoldsTheDemoDataUnderTheOldNames() {
        assertTrue(before.tables().keySet().containsAll(renames.tables().keySet()), before.tables()::toString);
        assertTrue(before.tables().keySet().stream().noneMatch(renames.tables()::containsValue), before.tables()::toString);
        // the demo data writes each of the four kinds' record books (the rest may be empty before any upload)
        for (String table : List.of("luohe_fault", "luohe_work", "ordos_line", "ordos_fault", "pingliang_rent_month",
                "pingliang_ranking_row")) {
            assertTrue(before.tables().get(table).rows() > 0, table);
        }
        // and a scheme and an assessment of every old kind id 0015 renames in those tables
        for (String table : renames.kinds().keySet()) {
            Set<String> oldKinds = before.kindCounts().keySet().stream().filter(k -> k.table().equals(table))
                    .map(KindCount::kind).collect(Collectors.toSet());
            assertEquals(renames.kinds().get(table).keySet(), oldKinds, table);
        }
    }

    @Test
    void everyTableKeepsItsRowsColumnsConstraintsAndIndexesUnderItsNewName() {
        Map<String, Table> expected = new TreeMap<>();
        before.tables().forEach((name, table) -> expected.put(renames.table(name), renames.expectedAfter(table)));
        // Parts after 0015 may add tables of their own (0020: business_calendar_day); every table of
        // before is there under its new name, and no table keeps an old name.
        assertTrue(after.tables().keySet().containsAll(expected.keySet()), "the tables after 0015: " + after.tables().keySet());
        before.tables().keySet().stream().filter(name -> !renames.table(name).equals(name))
                .forEach(old -> assertFalse(after.tables().containsKey(old), old + " keeps its old name"));
        for (Map.Entry<String, Table> e : expected.entrySet()) {
            if (ALTERED_AFTER_0015.contains(e.getKey())) {
                // a later part adds columns (and fills them): the renamed table keeps its rows
                assertEquals(e.getValue().rows(), after.tables().get(e.getKey()).rows(), e.getKey());
            } else {
                assertEquals(e.getValue(), after.tables().get(e.getKey()), e.getKey());
            }
        }
        assertEquals(before.sequences(), after.sequences(), "the sequences' names and values");
    }

    @Test
    void theKindIdsAreTheNewOnesWithTheSameSchemesAndAssessmentsPerTenant() {
        Map<KindCount, Long> expected = new TreeMap<>();
        before.kindCounts().forEach((k, n) -> expected.merge(new KindCount(k.table(), k.tenant(),
                renames.kind(k.table(), k.kind())), n, Long::sum));
        assertEquals(expected, after.kindCounts());
        Set<String> oldIds = renames.kinds().values().stream().flatMap(m -> m.keySet().stream()).collect(Collectors.toSet());
        assertTrue(after.kindCounts().keySet().stream().noneMatch(k -> oldIds.contains(k.kind())), after.kindCounts()::toString);
        assertFalse(after.kindCounts().isEmpty());
    }

    /**
     * Liquibase knows the earlier parts by the same file names: the real master ran none of their changesets again,
     * and every changeset of 0015.
     */
    @Test
    void theRealMasterRanNoEarlierChangeSetAgain() throws Exception {
        int done = before.changeSets().size();
        assertEquals(before.changeSets(), after.changeSets().subList(0, done));
        List<String> ran = after.changeSets().subList(done, after.changeSets().size());
        Set<String> earlierFiles = includes(BEFORE).stream().map(f -> "db/changelog/" + f).collect(Collectors.toSet());
        assertTrue(ran.stream().noneMatch(cs -> earlierFiles.contains(cs.substring(0, cs.indexOf("::")))), ran::toString);
        NodeList part = parse(PART).getElementsByTagName("changeSet");
        for (int i = 0; i < part.getLength(); i++) {
            String id = PART + "::" + ((Element) part.item(i)).getAttribute("id");
            assertTrue(ran.contains(id), () -> id + " in " + ran);
        }
    }

    @Test
    void runningTheMasterAgainChangesNothing() {
        assertEquals(after.changeSets(), rerun.changeSets());
        assertEquals(after.tables(), rerun.tables());
        assertEquals(after.sequences(), rerun.sequences());
        assertEquals(after.kindCounts(), rerun.kindCounts());
    }

    // ---------------------------------------------------------------- helpers

    /** Applies {@code changelog} as {@link SchemaMigrator} applies the master: contexts {@code schema} and {@code demo}. */
    private static void update(Connection c, String changelog) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        new Liquibase(changelog, new ClassLoaderResourceAccessor(NamesByKindMigrationPersistenceTest.class.getClassLoader()),
                database).update(new Contexts("schema," + SchemaMigrator.DEMO_CONTEXT), new LabelExpression());
    }

    private static List<String> includes(String changelog) throws Exception {
        List<String> files = new ArrayList<>();
        NodeList nodes = parse(changelog).getElementsByTagName("include");
        for (int i = 0; i < nodes.getLength(); i++) {
            files.add(((Element) nodes.item(i)).getAttribute("file"));
        }
        return files;
    }

    private static Element parse(String resource) throws Exception {
        try (InputStream in = NamesByKindMigrationPersistenceTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    /**
     * What 0015 says it does: its {@code renameTable}s, and its {@code update}s of a kind column
     * ({@code <column name="kind" value="new"/><where>kind = 'old'</where>}) per table.
     */
    record Renames(Map<String, String> tables, Map<String, Map<String, String>> kinds, Map<String, String> kindColumns) {

        static Renames read(String resource) throws Exception {
            Element root = parse(resource);
            Map<String, String> tables = new LinkedHashMap<>();
            NodeList renamed = root.getElementsByTagName("renameTable");
            for (int i = 0; i < renamed.getLength(); i++) {
                Element e = (Element) renamed.item(i);
                tables.put(e.getAttribute("oldTableName"), e.getAttribute("newTableName"));
            }
            Map<String, Map<String, String>> kinds = new TreeMap<>();
            Map<String, String> columns = new TreeMap<>();
            NodeList updates = root.getElementsByTagName("update");
            for (int i = 0; i < updates.getLength(); i++) {
                Element update = (Element) updates.item(i);
                Element column = (Element) update.getElementsByTagName("column").item(0);
                String where = update.getElementsByTagName("where").item(0).getTextContent();
                Matcher m = KIND_WHERE.matcher(where);
                if (!m.matches() || !m.group(1).equals(column.getAttribute("name"))) {
                    throw new IllegalStateException("an update this test cannot read: " + where);
                }
                String table = update.getAttribute("tableName");
                columns.put(table, m.group(1));
                kinds.computeIfAbsent(table, t -> new TreeMap<>()).put(m.group(2), column.getAttribute("value"));
            }
            return new Renames(tables, kinds, columns);
        }

        String table(String old) {
            return tables.getOrDefault(old, old);
        }

        String kind(String table, String old) {
            return kinds.getOrDefault(table, Map.of()).getOrDefault(old, old);
        }

        /**
         * A table as it should look after 0015: its definitions naming the new tables (a foreign key to
         * {@code luohe_month_summary} then references {@code om_month_summary}); its content the same, except for
         * the kind ids, which the snapshot already took with 0015's mapping (see {@link Snapshot#content}).
         */
        Table expectedAfter(Table old) {
            return new Table(old.rows(), old.mappedChecksum(), old.mappedChecksum(), renamedIn(old.columns()),
                    renamedIn(old.constraints()), renamedIn(old.indexes()));
        }

        private String renamedIn(String definition) {
            String result = definition;
            for (Map.Entry<String, String> e : tables.entrySet()) {
                result = result.replaceAll("\\b" + Pattern.quote(e.getKey()) + "\\b", e.getValue());
            }
            return result;
        }
    }

    /**
     * A table's state. {@code checksum} is the md5 of its rows as they are; {@code mappedChecksum} that of its rows
     * with 0015's kind mapping applied to its kind column (the same as {@code checksum} for a table 0015 does not
     * update): after 0015 both must equal the old table's {@code mappedChecksum}.
     */
    record Table(long rows, String checksum, String mappedChecksum, String columns, String constraints, String indexes) {
    }

    /** How many rows of {@code table} (scheme, assessment) a tenant holds with one kind id. */
    record KindCount(String table, String tenant, String kind) implements Comparable<KindCount> {

        @Override
        public int compareTo(KindCount o) {
            return (table + "\0" + tenant + "\0" + kind).compareTo(o.table + "\0" + o.tenant + "\0" + o.kind);
        }
    }

    /** The whole database as the assertions compare it. */
    record Snapshot(Map<String, Table> tables, Map<String, String> sequences, Map<KindCount, Long> kindCounts,
                    List<String> changeSets) {

        static Snapshot of(Connection c, Renames renames) throws SQLException {
            Map<String, Table> tables = new TreeMap<>();
            for (String name : strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE'")) {
                if (LIQUIBASE_TABLES.contains(name)) {
                    continue;
                }
                String kindColumn = renames.kindColumns().get(name);
                String[] content = row(c, "SELECT count(*), " + md5("to_jsonb(t)") + ", "
                        + md5(kindColumn == null ? "to_jsonb(t)" : mapped(kindColumn, renames.kinds().get(name)))
                        + " FROM \"" + name + "\" t");
                tables.put(name, new Table(Long.parseLong(content[0]), content[1], content[2],
                        string(c, "SELECT string_agg(column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                                + " || coalesce(column_default, ''), ', ' ORDER BY ordinal_position)"
                                + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?", name),
                        string(c, "SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), '; ' ORDER BY conname)"
                                + " FROM pg_constraint WHERE conrelid = ('public.' || quote_ident(?))::regclass", name),
                        string(c, "SELECT string_agg(indexname || ' ' || indexdef, '; ' ORDER BY indexname)"
                                + " FROM pg_indexes WHERE schemaname = 'public' AND tablename = ?", name)));
            }
            Map<String, String> sequences = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT sequencename, last_value FROM pg_sequences"
                    + " WHERE schemaname = 'public'"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sequences.put(rs.getString(1), rs.getString(2));
                }
            }
            Map<KindCount, Long> kinds = new TreeMap<>();
            for (Map.Entry<String, String> e : renames.kindColumns().entrySet()) {
                String table = e.getKey();
                try (PreparedStatement s = c.prepareStatement("SELECT tenant_id, \"" + e.getValue() + "\", count(*) FROM \""
                        + table + "\" GROUP BY 1, 2"); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        kinds.put(new KindCount(table, rs.getString(1), rs.getString(2)), rs.getLong(3));
                    }
                }
            }
            List<String> changeSets = strings(c, "SELECT filename || '::' || id FROM databasechangelog"
                    + " ORDER BY orderexecuted, dateexecuted");
            return new Snapshot(tables, sequences, kinds, changeSets);
        }

        /** The md5 of a table's rows as JSON text, in the order of that text, so over the columns and for any key. */
        private static String md5(String json) {
            return "md5(coalesce(string_agg((" + json + ")::text, ',' ORDER BY (" + json + ")::text), ''))";
        }

        /** A row as JSON with its kind column mapped old → new as 0015's updates do it. */
        private static String mapped(String column, Map<String, String> kinds) {
            StringBuilder sql = new StringBuilder("to_jsonb(t) || jsonb_build_object('" + column + "', CASE t.\"" + column + "\"");
            kinds.forEach((old, renamed) -> sql.append(" WHEN '").append(old).append("' THEN '").append(renamed).append('\''));
            return sql.append(" ELSE t.\"").append(column).append("\" END)").toString();
        }

        private static List<String> strings(Connection c, String sql) throws SQLException {
            List<String> values = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }

        private static String string(Connection c, String sql, String parameter) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, parameter);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return String.valueOf(rs.getString(1));
                }
            }
        }

        private static String[] row(Connection c, String sql) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
            }
        }
    }
}
