package no.scorebake.model;

import java.math.BigDecimal;
import java.util.List;

/** A critical success factor under an objective, with the KPIs that measure it. */
public record Factor(String id, String name, String description, BigDecimal weight, List<Ref> kpis, Pos pos) {
}
