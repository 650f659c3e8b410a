package org.redress.cases.deadline;

/**
 * Which way a period runs from its reference date.
 *
 * <p>Regulation (EEC, Euratom) No 1182/71 writes its rules for periods that run forwards from an
 * event. A period counted backwards from a date ("at least two weeks before the hearing") is
 * counted the same way in the other direction, but neither Art. 3(4) (next working day) nor
 * Art. 3(5) (two working days) moves it: a party can always act earlier, and moving the end of a
 * backwards period forwards would cut into the time the period protects. It is due at the end of
 * the day before its first day.
 */
public enum Counting {
    /** From an event onwards: "one week from the formal notice". */
    FORWARDS,
    /** Back from a date: "at the latest two weeks before the hearing". */
    BACKWARDS
}
