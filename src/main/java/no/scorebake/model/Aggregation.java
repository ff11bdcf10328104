package no.scorebake.model;

/** How the months of a year add up to year-to-date, and how sub-units add up in a roll-up. */
public enum Aggregation {
    SUM("sum"),
    AVERAGE("average"),
    LAST("last");

    private final String key;

    Aggregation(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Aggregation fromKey(String key) {
        for (Aggregation a : values()) {
            if (a.key.equals(key)) {
                return a;
            }
        }
        return null;
    }
}
