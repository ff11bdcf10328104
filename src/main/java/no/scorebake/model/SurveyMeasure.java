package no.scorebake.model;

/** Which survey figure a feed turns into a KPI value: the favourable share in percent, or the mean on the scale. */
public enum SurveyMeasure {
    FAVOURABLE("favourable"),
    MEAN("mean");

    private final String key;

    SurveyMeasure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static SurveyMeasure fromKey(String key) {
        for (SurveyMeasure m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }
}
