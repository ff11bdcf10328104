package no.scorebake.status;

import org.apache.commons.numbers.fraction.BigFraction;

/** A rolled-up score (weighted mean of capped performances) and its traffic light; grey when nothing counted. */
public record Score(BigFraction value, Status status) {

    public static final Score GREY = new Score(null, Status.GREY);
}
