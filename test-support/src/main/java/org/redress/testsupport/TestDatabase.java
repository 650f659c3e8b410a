package org.redress.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes sure a test database exists on the PostgreSQL at 127.0.0.1:5432 (never the run databases)
 * and points the application at it. Its name comes from the init arg {@code name}.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    static final String HOST = System.getenv().getOrDefault("REDRESS_PG_HOST", "127.0.0.1");
    static final String PORT = System.getenv().getOrDefault("REDRESS_PG_PORT", "5432");
    static final String USER = System.getenv().getOrDefault("REDRESS_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("REDRESS_PG_PASSWORD", "");

    private String name;

    @Override
    public void init(Map<String, String> initArgs) {
        name = initArgs.get("name");
    }

    @Override
    public Map<String, String> start() {
        ensure(name);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(name),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** Creates the database if it does not exist yet. */
    public static void ensure(String database) {
        admin(database, false);
    }

    /** Drops the database if it exists and creates it empty. */
    public static void recreate(String database) {
        admin(database, true);
    }

    private static void admin(String database, boolean dropFirst) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
                PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (Statement statement = admin.createStatement()) {
                if (dropFirst) {
                    statement.execute("drop database if exists " + database + " with (force)");
                }
            }
            try (ResultSet rows = exists.executeQuery(); Statement create = admin.createStatement()) {
                if (!rows.next()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The tests need PostgreSQL on " + HOST + ":" + PORT + " (user " + USER
                    + "). Start it, or install it with: sudo apt-get install -y postgresql && sudo pg_ctlcluster"
                    + " --skip-systemctl-redirect $(ls /etc/postgresql) main start. Cause: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        // the database is kept; Flyway cleans it at the next start (quarkus.flyway.clean-at-start in %test)
    }
}
