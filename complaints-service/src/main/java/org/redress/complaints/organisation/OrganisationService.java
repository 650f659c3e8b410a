package org.redress.complaints.organisation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Problem;

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

    private final OrganisationEvents events;

    public OrganisationService(OrganisationEvents events) {
        this.events = events;
    }

    public List<Organisation> list() {
        return Organisation.listAll(Sort.by("name"));
    }

    /** An organisation of the list as stored now (its version, its time of creation). */
    public Optional<Organisation> byId(UUID id) {
        return Organisation.findByIdOptional(id);
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

    /**
     * Adds an organisation to the list: a name not in it yet, the country of its seat (two letters).
     * Known at once to the form and the validator (the in-memory copy is dropped).
     */
    @Transactional
    public Organisation add(String name, String country, boolean euEntity) {
        String trimmed = name == null ? "" : name.strip();
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            errors.add(new Problem.FieldError("name", "#/name", "is required, at most 200 characters"));
        } else if (Organisation.count("lower(name) = ?1", trimmed.toLowerCase(Locale.ROOT)) > 0) {
            errors.add(new Problem.FieldError("name", "#/name", "is already in the list"));
        }
        if (!code.matches("[A-Z]{2}")) {
            errors.add(new Problem.FieldError("country", "#/country", "must be a two-letter country code such as IE"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.name = trimmed;
        organisation.country = code;
        organisation.euEntity = euEntity;
        organisation.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        organisation.persist();
        events.announce(organisation);
        snapshot = null;
        return organisation;
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
