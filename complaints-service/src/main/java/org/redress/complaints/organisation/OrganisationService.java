package org.redress.complaints.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

/**
 * The list of organisations complaints can name. Every complaint names one, so lookups by id are
 * answered from an in-memory copy of the (short) list: no database round trip, and above all no
 * connection held by a validator running outside the request's transaction (under load that
 * exhausted the pool). The copy is refreshed every {@link #MAX_AGE_NANOS} and on a miss, so an
 * organisation added by staff is known at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationService {

    static final long MAX_AGE_NANOS = 60_000_000_000L;
    /** A miss reloads at most this often, so requests naming unknown ids cannot hammer the database. */
    static final long MISS_RELOAD_NANOS = 1_000_000_000L;

    private record Snapshot(Map<UUID, OrganisationView> byId, long loadedAt) {
    }

    private volatile Snapshot snapshot;

    public List<Organisation> list() {
        return Organisation.listAll(Sort.by("name"));
    }

    public Optional<OrganisationView> find(UUID id) {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current == null || now - current.loadedAt() > MAX_AGE_NANOS
                || (!current.byId().containsKey(id) && now - current.loadedAt() > MISS_RELOAD_NANOS)) {
            current = reload();
        }
        return Optional.ofNullable(current.byId().get(id));
    }

    public boolean exists(UUID id) {
        return find(id).isPresent();
    }

    /** Reads the list in a transaction of its own, which gives its connection back at once. */
    private synchronized Snapshot reload() {
        Map<UUID, OrganisationView> byId = QuarkusTransaction.requiringNew().call(() -> Organisation.<Organisation>listAll()
                .stream().map(OrganisationView::of).collect(Collectors.toUnmodifiableMap(OrganisationView::id, Function.identity())));
        Snapshot loaded = new Snapshot(byId, System.nanoTime());
        snapshot = loaded;
        return loaded;
    }
}
