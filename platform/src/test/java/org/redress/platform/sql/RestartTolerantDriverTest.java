package org.redress.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

class RestartTolerantDriverTest {

    private static final Connection CONNECTION = (Connection) Proxy.newProxyInstance(
            RestartTolerantDriverTest.class.getClassLoader(), new Class<?>[] { Connection.class }, (proxy, method, args) -> null);

    /** A driver that fails with the given SQLStates, one per attempt, then connects. */
    private static final class Failing implements Driver {
        final Deque<String> states;
        int attempts;

        Failing(String... states) {
            this.states = new ArrayDeque<>(List.of(states));
        }

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            attempts++;
            if (!states.isEmpty()) {
                throw new SQLException("refused", states.poll());
            }
            return CONNECTION;
        }

        @Override
        public boolean acceptsURL(String url) {
            return true;
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
            return new DriverPropertyInfo[0];
        }

        @Override
        public int getMajorVersion() {
            return 42;
        }

        @Override
        public int getMinorVersion() {
            return 0;
        }

        @Override
        public boolean jdbcCompliant() {
            return true;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }
    }

    @Test
    void aServerThatIsRestartingIsWaitedForAndTheConnectionMade() throws Exception {
        // refused while down, then "the database system is starting up", then up
        Failing postgres = new Failing("08001", "08001", "57P03");
        RestartTolerantDriver driver = new RestartTolerantDriver(postgres, Duration.ofSeconds(2), Duration.ofMillis(10));

        assertThat(driver.connect("jdbc:postgresql://127.0.0.1/x", new Properties())).isSameAs(CONNECTION);
        assertThat(postgres.attempts).isEqualTo(4);
    }

    @Test
    void aServerStillDownAfterThePatienceIsReportedWithItsOwnFailure() {
        Failing postgres = new Failing("08001", "08001", "08001", "08001", "08001", "08001", "08001");
        RestartTolerantDriver driver = new RestartTolerantDriver(postgres, Duration.ofMillis(50), Duration.ofMillis(20));

        long started = System.nanoTime();
        assertThatThrownBy(() -> driver.connect("jdbc:postgresql://127.0.0.1/x", new Properties()))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08001");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(postgres.attempts).isBetween(2, 4);
    }

    @Test
    void aRefusalThatWaitingCannotMendIsReportedAtOnce() {
        Failing postgres = new Failing("28P01");
        RestartTolerantDriver driver = new RestartTolerantDriver(postgres, Duration.ofSeconds(5), Duration.ofMillis(10));

        assertThatThrownBy(() -> driver.connect("jdbc:postgresql://127.0.0.1/x", new Properties()))
                .isInstanceOf(SQLException.class);
        assertThat(postgres.attempts).as("a wrong password is not tried again").isEqualTo(1);
    }
}
