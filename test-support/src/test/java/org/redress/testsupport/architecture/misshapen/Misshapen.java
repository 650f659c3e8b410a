package org.redress.testsupport.architecture.misshapen;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Each class breaks one of ArchitectureRules' rules (ArchitectureRulesTest's fixture). */
public final class Misshapen {

    private Misshapen() {
    }

    /** A rule book that reaches for the database. */
    public static final class ReminderPlan {
        EntityManager entities;
    }

    @Entity
    public static class ItemRow {
        public int days;
    }

    /** Queries the database itself. */
    @Path("/queries")
    public static class QueryingResource {
        private final EntityManager entities;

        public QueryingResource(EntityManager entities) {
            this.entities = entities;
        }

        @GET
        public Object count() {
            return entities.createQuery("select count(*) from ItemRow").getSingleResult();
        }
    }

    /** A transactional resource method (its class needs nothing from jakarta.transaction but the annotation). */
    @Path("/transactional")
    public static class TransactionalResource {
        @GET
        @Transactional
        public String get() {
            return "";
        }
    }

    /** Answers with entities, inside a collection and a wrapper. */
    @Path("/entities")
    public static class EntityResource {
        @GET
        public List<ItemRow> all() {
            return List.of();
        }

        @GET
        @Path("/one")
        public Optional<ItemRow> one() {
            return Optional.empty();
        }
    }

    /** A catch-all mapper method. */
    public static class CatchAll {
        @ServerExceptionMapper
        public Response any(Exception e) {
            return Response.serverError().entity(e.getClass().getName()).build();
        }
    }

    /** A catch-all mapper class. */
    /** A service that answers in HTTP instead of throwing a refusal. */
    public static class HttpService {
        public Response refuse() {
            return Response.status(409).build();
        }
    }

    public static class CatchAllMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return Response.serverError().entity(e.getClass().getName()).build();
        }
    }
}
