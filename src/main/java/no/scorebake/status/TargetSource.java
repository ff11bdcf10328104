package no.scorebake.status;

/** Where a period's target came from, so a page can explain it. */
public enum TargetSource {
    /** The {@code target} column of the data row. */
    DATA,
    /** The model's {@code targets} entry for the period. */
    PERIOD,
    /** The model's {@code targets} entry for the year. */
    YEAR,
    /** The model's single {@code target}. */
    DEFAULT
}
