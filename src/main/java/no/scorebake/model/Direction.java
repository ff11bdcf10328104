package no.scorebake.model;

/** Whether a KPI is better when higher or when lower; it decides how performance is computed. */
public enum Direction {
    HIGHER("higher"),
    LOWER("lower");

    private final String key;

    Direction(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Direction fromKey(String key) {
        for (Direction d : values()) {
            if (d.key.equals(key)) {
                return d;
            }
        }
        return null;
    }
}
