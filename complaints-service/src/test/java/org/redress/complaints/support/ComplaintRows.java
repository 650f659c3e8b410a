package org.redress.complaints.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.redress.complaints.complaint.Complaint;

import io.quarkus.arc.Arc;

/**
 * Puts complaints, consents, files and campaigns straight into the test database with SQL, in any
 * state a test needs (verified, erased, in a campaign, submitted last year), without going through
 * the public submission and verification flow.
 */
public final class ComplaintRows {

    public static final UUID META = UUID.fromString("fdac1450-7fdd-4f96-9bc6-83f6af27aec2");
    public static final UUID GOOGLE = UUID.fromString("753c4b39-3949-4cdf-9329-3d5b273a97d2");

    private ComplaintRows() {
    }

    public static Row complaint() {
        return new Row();
    }

    /** A complaint as a test wants it; verified and submitted now unless told otherwise. */
    public static final class Row {
        public final UUID id = UUID.randomUUID();
        public final String reference = "RC-T-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
        String name = "Erika Mustermann";
        String email = "erika@example.org";
        String country = "DE";
        UUID organisationId = META;
        String company = "Meta Platforms Ireland Ltd";
        String category = "AI_TRAINING";
        String text = "My posts were used to train an AI.";
        String language = "en";
        Complaint.Status status = Complaint.Status.VERIFIED;
        OffsetDateTime submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
        UUID campaignId;
        String caseReference;

        public Row name(String value) { name = value; return this; }
        public Row email(String value) { email = value; return this; }
        public Row country(String value) { country = value; return this; }
        public Row organisation(UUID id, String name) { organisationId = id; company = name; return this; }
        public Row company(String typedIn) { organisationId = null; company = typedIn; return this; }
        public Row category(String value) { category = value; return this; }
        public Row text(String value) { text = value; return this; }
        public Row language(String value) { language = value; return this; }
        public Row status(Complaint.Status value) { status = value; return this; }
        public Row submittedAt(OffsetDateTime value) { submittedAt = value; return this; }
        public Row campaign(UUID value) { campaignId = value; return this; }
        public Row caseReference(String value) { caseReference = value; return this; }

        public Row insert() {
            boolean verified = status != Complaint.Status.RECEIVED;
            boolean erased = status == Complaint.Status.ERASED;
            exec("""
                    insert into complaint (id, reference, name, email, country, organisation_id, company, service, category,
                        text, started_on, contacted, language, status, submitted_at, verified_at, campaign_id,
                        case_reference, erased_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, 'Instagram', ?, ?, date '2025-05-27', false, ?, ?, ?, ?, ?,
                        ?, ?, 0)""", id, reference, erased ? null : name, erased ? null : email, country, organisationId, company, category, erased ? null : text, language, status.name(), submittedAt, verified ? submittedAt.plusMinutes(5) : null, campaignId, caseReference, erased ? submittedAt.plusDays(1) : null);
            return this;
        }

        /** Records a consent given with this complaint, optionally withdrawn since. */
        public Row consent(String kind, boolean withdrawn) {
            exec("""
                    insert into consent (id, complaint_id, kind, wording_version, wording, language, given_at, withdrawn_at)
                    values (?, ?, ?, '2026-11', 'I agree.', ?, ?, ?)""", UUID.randomUUID(), id, kind, language, submittedAt, withdrawn ? submittedAt.plusHours(1) : null);
            return this;
        }

        /** Stores a file with this complaint and returns its id. */
        public UUID attachment(int position, String fileName, String mediaType, byte[] content) {
            UUID attachmentId = UUID.randomUUID();
            exec("""
                    insert into attachment (id, complaint_id, position, file_name, media_type, size_bytes, sha256, content, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", attachmentId, id, position, fileName, mediaType, (long) content.length, sha256(content), content, submittedAt);
            return attachmentId;
        }
    }

    /** A campaign against Meta, open or closed, and returns its id. */
    public static UUID campaign(String slug, boolean open) {
        UUID id = UUID.randomUUID();
        exec("""
                insert into campaign (id, slug, title, organisation_id, category, description, collective_action_consent,
                    open, created_at, updated_at, version)
                values (?, ?, 'Stop AI training', ?, 'AI_TRAINING', 'Object together.', 'I mandate Redress.', ?, now(), now(), 0)""", id, slug, META, open);
        return id;
    }

    /** A slug no other test uses. */
    /** A new organisation of the list, named {@code name} and a random suffix; its id. */
    public static UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        exec("insert into organisation (id, name, country, eu_entity, created_at) values (?, ?, 'IE', true, now())",
                id, name + " " + id);
        return id;
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Runs one statement in a transaction of its own. */
    public static void exec(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows a query returns, each as its column values. */
    public static List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of a query's only row. */
    public static Object single(String sql, Object... parameters) {
        List<List<Object>> rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows for " + sql);
        }
        return rows.get(0).get(0);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
        return statement;
    }

    private static DataSource dataSource() {
        return Arc.container().instance(DataSource.class).get();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
