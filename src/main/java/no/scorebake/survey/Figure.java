package no.scorebake.survey;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One survey result for one group (a unit with every unit below it) and one question or theme:
 * how many answered, the mean on the scale and the favourable share in percent, all exact. A
 * hidden figure carries no numbers at all, so nothing downstream can print them by mistake.
 */
public record Figure(boolean shown, int respondents, BigFraction mean, BigFraction favourable) {

    static final Figure HIDDEN = new Figure(false, 0, null, null);

    public static Figure hidden() {
        return HIDDEN;
    }
}
