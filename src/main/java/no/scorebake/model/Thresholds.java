package no.scorebake.model;

import java.math.BigDecimal;

/** Traffic-light thresholds in percent of target: green from {@code green}, yellow from {@code yellow}. */
public record Thresholds(BigDecimal green, BigDecimal yellow) {

    public static final Thresholds DEFAULT = new Thresholds(BigDecimal.valueOf(100), BigDecimal.valueOf(90));
}
