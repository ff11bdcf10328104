package no.scorebake.formula;

/** A formula that cannot be read; {@code offset} is the 0-based character where reading failed. */
public final class FormulaException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int offset;

    public FormulaException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
