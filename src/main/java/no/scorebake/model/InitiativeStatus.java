package no.scorebake.model;

import java.util.Arrays;
import java.util.List;

/**
 * The status an owner reports for an initiative, in the order an initiative goes through them.
 * Each is written as its {@link #key} everywhere a person or a program reads it: in the uploads,
 * the reporting sheets' list of choices, the pages' class names and labels, and the JSON export.
 */
public enum InitiativeStatus {
    NOT_STARTED("not-started"),
    ON_TRACK("on-track"),
    AT_RISK("at-risk"),
    LATE("late"),
    DONE("done");

    private static final List<String> KEYS = Arrays.stream(values()).map(InitiativeStatus::key).toList();

    private final String key;

    InitiativeStatus(String key) {
        this.key = key;
    }

    /** The word for this status in uploads, sheets, pages and JSON, e.g. {@code on-track}. */
    public String key() {
        return key;
    }

    /** The status whose word is {@code key} (as written, lower case), or null when there is none. */
    public static InitiativeStatus of(String key) {
        for (InitiativeStatus s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }

    /** Every status's word, in order: what an upload may write and a sheet offers. */
    public static List<String> keys() {
        return KEYS;
    }

    /** The word, so that a status reads the same in a message as in the file it came from. */
    @Override
    public String toString() {
        return key;
    }
}
