package no.scorebake.compare;

import no.scorebake.status.KpiStatus;
import no.scorebake.status.Status;

/**
 * A KPI whose status in a month differs from its status the month before, which is the status
 * of the previous period of its frequency when the KPI is due that month (a quarterly KPI's
 * status changes only in the month a quarter ends).
 *
 * @param now the KPI as shown in the month
 * @param before its status the month before
 */
public record Change(KpiStatus now, Status before, Kind kind) {

    /** What a change means to a reader, named by where the status went. */
    public enum Kind {
        /** Red now, not red before. */
        NEWLY_RED("red"),
        /** Yellow now: better than red or worse than green. */
        NEWLY_YELLOW("yellow"),
        /** Green now, not green before. */
        BACK_TO_GREEN("green"),
        /** No figure now although one was due. */
        NEWLY_MISSING("missing"),
        /** Grey now for another reason: no target, or not measured any more. */
        NOW_GREY("grey");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The word for labels ({@code changes.kind.red}) and CSS classes. */
        public String key() {
            return key;
        }

        static Kind of(KpiStatus now) {
            return switch (now.status()) {
                case RED -> NEWLY_RED;
                case YELLOW -> NEWLY_YELLOW;
                case GREEN -> BACK_TO_GREEN;
                case GREY -> now.missing() ? NEWLY_MISSING : NOW_GREY;
            };
        }
    }
}
