package org.redress.cases.casefile;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/** Reads and changes cases. */
@ApplicationScoped
@Transactional
public class CaseService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseSummary> list() {
        return CaseFile.<CaseFile>findAll(Sort.descending("openedAt")).page(0, 100).stream()
                .map(CaseSummary::of)
                .toList();
    }
}
