package org.redress.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A PostgreSQL restart or failover ends every connection the pool holds ("terminating connection due
 * to administrator command"). The pool checks each connection as it lends it, so the first requests
 * afterwards are answered from fresh connections, not with a 500 each.
 */
@QuarkusTest
class DatabaseRestartTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void readsRightAfterEveryPooledConnectionWasTerminatedAreAnswered() throws Exception {
        String reference = Cases.open();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            assertThat(statuses(clients, reference)).as("with a warm pool").containsOnly(200);

            assertThat(terminateTheServicesConnections()).as("connections of the service ended").isPositive();

            assertThat(statuses(clients, reference)).as("right after the connections ended").containsOnly(200);
        } finally {
            clients.shutdownNow();
        }
    }

    /** 16 reads of the case, eight at a time, so that the pool holds several connections. */
    private static List<Integer> statuses(ExecutorService clients, String reference) throws Exception {
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(clients.submit(() -> asBob().when().get("/api/cases/" + reference).statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        return statuses;
    }

    /** What a restart does to the service: every backend serving its database is terminated (57P01). */
    private int terminateTheServicesConnections() throws Exception {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(admin, user, password.orElse(""));
                PreparedStatement terminate = connection.prepareStatement(
                        "select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity"
                                + " where datname = ? and pid <> pg_backend_pid()")) {
            terminate.setString(1, database);
            try (ResultSet result = terminate.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
