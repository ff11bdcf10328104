package no.scorebake.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How often a KPI is measured; each period of a frequency is dated by its last month. */
public enum Frequency {
    MONTHLY("monthly", 1),
    QUARTERLY("quarterly", 3),
    HALF_YEARLY("half-yearly", 6),
    YEARLY("yearly", 12);

    private final String key;
    private final int months;

    Frequency(String key, int months) {
        this.key = key;
        this.months = months;
    }

    /** The word used in the model files. */
    public String key() {
        return key;
    }

    /** How many months one period of this frequency spans. */
    public int months() {
        return months;
    }

    public static Frequency fromKey(String key) {
        for (Frequency f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }

    public static String keys() {
        return Arrays.stream(values()).map(Frequency::key).collect(Collectors.joining(", "));
    }
}
