package no.scorebake.model;

import java.time.YearMonth;
import java.util.List;

/** A programme or project that closes a gap; {@code supports} names objectives or factors. */
public record Initiative(String id, String name, String owner, YearMonth start, YearMonth end,
                         List<Ref> supports, String description, Pos pos) {
}
