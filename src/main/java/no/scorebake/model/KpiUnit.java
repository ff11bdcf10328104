package no.scorebake.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The unit a KPI is counted in; it decides the default year-to-date aggregation and formatting. */
public enum KpiUnit {
    COUNT("count", Aggregation.SUM),
    PERCENT("percent", Aggregation.AVERAGE),
    HOURS("hours", Aggregation.SUM),
    NOK("nok", Aggregation.SUM),
    DAYS("days", Aggregation.AVERAGE),
    SCORE("score", Aggregation.AVERAGE);

    private final String key;
    private final Aggregation defaultAggregation;

    KpiUnit(String key, Aggregation defaultAggregation) {
        this.key = key;
        this.defaultAggregation = defaultAggregation;
    }

    public String key() {
        return key;
    }

    public Aggregation defaultAggregation() {
        return defaultAggregation;
    }

    public static KpiUnit fromKey(String key) {
        for (KpiUnit u : values()) {
            if (u.key.equals(key)) {
                return u;
            }
        }
        return null;
    }

    public static String keys() {
        return Arrays.stream(values()).map(KpiUnit::key).collect(Collectors.joining(", "));
    }
}
