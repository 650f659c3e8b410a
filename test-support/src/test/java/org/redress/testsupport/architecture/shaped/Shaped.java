package org.redress.testsupport.architecture.shaped;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A service in the shape ArchitectureRules asks for (ArchitectureRulesTest's fixture). */
public final class Shaped {

    private Shaped() {
    }

    /** A rule book: the JDK and its own service's classes only. */
    public static final class ShapedCalculator {
        public LocalDate due(LocalDate start, Item item) {
            return start.plusDays(item.days());
        }
    }

    public record Item(int days) {
    }

    @Entity
    public static class ItemRow {
        public int days;
    }

    /** Transactions and queries on the service class. */
    @Transactional
    public static class ItemService {
        private final EntityManager entities;

        public ItemService(EntityManager entities) {
            this.entities = entities;
        }

        public List<Item> all() {
            return entities.createQuery("from ItemRow", ItemRow.class).getResultList().stream()
                    .map(row -> new Item(row.days)).toList();
        }
    }

    @Path("/items")
    public static class ItemResource {
        private final ItemService items;

        public ItemResource(ItemService items) {
            this.items = items;
        }

        @GET
        public List<Item> list() {
            return items.all();
        }

        @ServerExceptionMapper
        public Response conflict(IllegalStateException e) {
            return Response.status(409).build();
        }
    }
}
