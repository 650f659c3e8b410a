package org.redress.cases.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.redress.cases.refusal.Refusals;
import org.redress.platform.problem.ProblemMappers;

/**
 * Two saves of the same version racing each other: the database lets one through, the other lands
 * here. (The usual stale save is caught earlier, with the current state, by comparing versions.)
 */
public class OptimisticLockMapper {

    @ServerExceptionMapper
    public Response conflict(OptimisticLockException e) {
        return ProblemMappers.answer(Refusals.conflict(Refusals.STALE_VERSION, "Edited by someone else",
                "Someone else saved a change at the same moment. Your changes were not saved: reload and apply them again.",
                null));
    }
}
