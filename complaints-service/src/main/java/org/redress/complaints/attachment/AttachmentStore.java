package org.redress.complaints.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.platform.files.CheckedFile;

/**
 * Keeps attachments in PostgreSQL, in the complaint's own transaction: a complaint and its files
 * are committed together or not at all, and erasing or expiring a complaint removes its files with it.
 */
@ApplicationScoped
public class AttachmentStore {

    private final DataSource dataSource;

    public AttachmentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The bytes of an attachment and what is known about them; the caller closes the stream. */
    public record StoredFile(Attachment meta, InputStream content) {
    }

    /** Stores checked files in the caller's transaction, numbered from 1 in their order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID complaintId, List<CheckedFile> files, OffsetDateTime at) {
        if (files.isEmpty()) {
            return;
        }
        String sql = """
                insert into attachment (id, complaint_id, position, file_name, media_type, size_bytes, sha256, content, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        // the connection enlisted in the current transaction
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < files.size(); i++) {
                CheckedFile file = files.get(i);
                try (InputStream content = Files.newInputStream(file.file())) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, complaintId);
                    insert.setInt(3, i + 1);
                    insert.setString(4, file.fileName());
                    insert.setString(5, file.mediaType());
                    insert.setLong(6, file.sizeBytes());
                    insert.setBytes(7, file.sha256());
                    insert.setBinaryStream(8, content, file.sizeBytes());
                    insert.setObject(9, at);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the attachments", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An attachment's bytes (at most 10 MB, read into memory) and what is known about them. */
    @Transactional
    public Optional<StoredFile> open(UUID attachmentId) {
        Attachment meta = Attachment.findById(attachmentId);
        if (meta == null) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select content from attachment where id = ?")) {
            select.setObject(1, attachmentId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredFile(meta, new ByteArrayInputStream(row.getBytes(1))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read attachment " + attachmentId, e);
        }
    }

    /** Deletes a complaint's files, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteAll(UUID complaintId) {
        return Attachment.delete("complaintId", complaintId);
    }
}
