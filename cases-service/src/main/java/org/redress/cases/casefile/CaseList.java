package org.redress.cases.casefile;

import java.util.List;

/** One page of the case list. */
public record CaseList(List<CaseSummary> items, int page, int size, long total) {
}
