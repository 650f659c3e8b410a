package org.redress.cases.casefile;

/** Case references such as {@code CASE-2026-0042}: the year the case was opened and a number from a sequence. */
final class CaseReferences {

    private CaseReferences() {
    }

    static String next(int year) {
        Number next = (Number) CaseFile.getEntityManager()
                .createNativeQuery("select nextval('case_reference_seq')")
                .getSingleResult();
        return String.format("CASE-%d-%04d", year, next.longValue());
    }
}
