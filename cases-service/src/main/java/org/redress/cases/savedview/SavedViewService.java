package org.redress.cases.savedview;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.cases.refusal.Refusals;

/**
 * Each staff member's saved views of the case list, by name: at most {@value #MOST} per person, a name
 * of 1 to {@value #NAME_LENGTH} characters; saving a name again replaces its query. The caller builds
 * the query from the list's own parameters; this class only keeps it.
 */
@ApplicationScoped
@Transactional
public class SavedViewService {

    public static final int MOST = 20;
    public static final int NAME_LENGTH = 60;
    public static final int QUERY_LENGTH = 2000;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedViewLink> list(String owner) {
        return SavedView.<SavedView>list("owner = ?1 order by lower(name), name", owner).stream()
                .map(view -> new SavedViewLink(view.name, view.query)).toList();
    }

    /**
     * Saves {@code query} as {@code name} (stripped) for {@code owner}, replacing the query of a view
     * of the same name.
     *
     * @throws org.redress.platform.problem.Refusal 400 naming {@code name} (blank, too long, one view
     *         too many) or {@code query} (too long)
     */
    public SavedViewLink save(String owner, String name, String query) {
        String named = name == null ? "" : name.strip();
        if (named.isEmpty()) {
            throw Refusals.invalid("name", "must not be blank");
        }
        if (named.codePointCount(0, named.length()) > NAME_LENGTH) {
            throw Refusals.invalid("name", "at most " + NAME_LENGTH + " characters");
        }
        if (query.length() > QUERY_LENGTH) {
            throw Refusals.invalid("query", "at most " + QUERY_LENGTH + " characters");
        }
        SavedView view = SavedView.<SavedView>find("owner = ?1 and name = ?2", owner, named).firstResult();
        if (view == null) {
            if (SavedView.count("owner", owner) >= MOST) {
                throw Refusals.invalid("name", "at most " + MOST + " saved views: delete one to save another");
            }
            view = new SavedView();
            view.id = UUID.randomUUID();
            view.owner = owner;
            view.name = named;
            view.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            view.query = query;
            view.persist();
        } else {
            view.query = query;
        }
        return new SavedViewLink(view.name, view.query);
    }

    /** Deletes {@code owner}'s view named {@code name}; true if there was one. */
    public boolean delete(String owner, String name) {
        return SavedView.delete("owner = ?1 and name = ?2", owner, name == null ? "" : name.strip()) > 0;
    }
}
