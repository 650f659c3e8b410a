package org.redress.platform.sql;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * PostgreSQL's JDBC driver, patient for a few seconds: a new connection refused because the server
 * is restarting, starting up, shutting down or failing over (SQLState 08001, 08004, 08006, 57P01,
 * 57P03) is tried again every {@value #PAUSE_MILLIS} ms for up to {@value #PATIENCE_SECONDS} s before
 * the failure is reported. A request that needs a connection while PostgreSQL restarts therefore waits
 * for it and is answered, instead of failing; only a longer outage reaches the client, as 503 with
 * {@code Retry-After}. Dead connections already in the pool are replaced on borrowing (the pool's
 * {@code validate-on-borrow}). Each service names it in {@code quarkus.datasource.jdbc.driver}.
 */
public class RestartTolerantDriver implements Driver {

    static final long PATIENCE_SECONDS = 5;
    static final long PAUSE_MILLIS = 250;
    private static final Set<String> TRANSIENT = Set.of("08001", "08004", "08006", "57P01", "57P03");

    private final Driver postgres;
    private final Duration patience;
    private final Duration pause;

    public RestartTolerantDriver() {
        this(new org.postgresql.Driver(), Duration.ofSeconds(PATIENCE_SECONDS), Duration.ofMillis(PAUSE_MILLIS));
    }

    RestartTolerantDriver(Driver postgres, Duration patience, Duration pause) {
        this.postgres = postgres;
        this.patience = patience;
        this.pause = pause;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return postgres.connect(url, info);
            } catch (SQLException e) {
                if (!TRANSIENT.contains(e.getSQLState()) || System.nanoTime() + pause.toNanos() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }
}
