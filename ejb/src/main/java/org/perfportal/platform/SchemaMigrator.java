package org.perfportal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings a database to the portal's schema with Liquibase. Plain Java so that the persistence
 * tests migrate their database exactly as the server does.
 */
public final class SchemaMigrator {

    public static final String CHANGELOG = "db/changelog/master.xml";

    /** Context of the demo data changesets; without it only the schema and the registry are applied. */
    public static final String DEMO_CONTEXT = "demo";

    private SchemaMigrator() {
    }

    /**
     * Applies every pending changeset; a second run applies none.
     *
     * @param withDemoData also insert the four tenants' demo vendors and units
     */
    public static void migrate(Connection connection, boolean withDemoData) throws SQLException {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // A module's own class loader: in an EAR the thread's context loader may not see the changelog.
            Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader()), database);
            // Liquibase runs every changeset when no context is given, so "off" must be a named context.
            liquibase.update(new Contexts(withDemoData ? "schema," + DEMO_CONTEXT : "schema"), new LabelExpression());
        } catch (LiquibaseException e) {
            throw new SQLException("schema migration failed: " + e.getMessage(), e);
        }
    }
}
