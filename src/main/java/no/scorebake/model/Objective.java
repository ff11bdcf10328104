package no.scorebake.model;

import java.math.BigDecimal;
import java.util.List;

/** A strategic objective (goal area) in one perspective, with its factors and the objectives it drives. */
public record Objective(String id, String name, Ref perspective, String description, List<Ref> drives,
                        BigDecimal weight, List<Ref> kpis, List<Factor> factors, Pos pos) {
}
