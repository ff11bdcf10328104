package no.scorebake.survey;

import org.apache.commons.numbers.fraction.BigFraction;

/** Answers to one question within one group, added up: how many, their sum, and how many were favourable. */
final class Tally {

    int count;
    long sum;
    int favourable;

    void add(int answer, int favourableFrom) {
        count++;
        sum += answer;
        if (answer >= favourableFrom) {
            favourable++;
        }
    }

    void add(Tally other) {
        count += other.count;
        sum += other.sum;
        favourable += other.favourable;
    }

    /** The exact mean; null without answers. */
    BigFraction mean() {
        return count == 0 ? null : BigFraction.of(sum, count);
    }

    /** The favourable share in percent, exact; null without answers. */
    BigFraction favourableShare() {
        return count == 0 ? null : BigFraction.of(100L * favourable, count);
    }
}
