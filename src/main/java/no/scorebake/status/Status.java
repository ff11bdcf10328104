package no.scorebake.status;

/** A traffic light. Grey means "no value, no target, or not measured yet", never a judgement. */
public enum Status {
    GREEN("green"),
    YELLOW("yellow"),
    RED("red"),
    GREY("grey");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
