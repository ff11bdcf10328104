package no.scorebake.text;

import no.scorebake.model.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import no.scorebake.model.KpiUnit;
import no.scorebake.model.Period;
import no.scorebake.status.Exact;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void everyLabelExistsInBothLanguages() {
        assertEquals(new Labels(Language.NB).all().keySet(), new Labels(Language.EN).all().keySet());
    }

    @Test
    void numbersAndMonthsFollowTheLanguage() {
        Format nb = new Format(Language.NB);
        Format en = new Format(Language.EN);
        assertEquals("1\u00A0234,5", nb.number(new BigDecimal("1234.5")));
        assertEquals("1,234.5", en.number(new BigDecimal("1234.5")));
        assertEquals("95,0\u00A0%", nb.percent(BigFraction.of(95)));
        assertEquals("95.0%", en.percent(BigFraction.of(95)));
        assertEquals("\u2212120\u00A0000\u00A0kr", nb.value(BigFraction.of(-120000), KpiUnit.NOK));
        assertEquals("august 2005", nb.month(YearMonth.of(2005, 8)));
        assertEquals("August 2005", en.month(YearMonth.of(2005, 8)));
        assertEquals("2. kvartal 2005", nb.period(Period.parse("2005-Q2")));
        assertEquals("Q2 2005", en.period(Period.parse("2005-Q2")));
        assertEquals("1. halvår 2006", nb.period(Period.parse("2006-H1")));
        // Rounding is half-up on the exact value: 110.65 → 110.7, and 2/3 → 0.7.
        assertEquals("110,7\u00A0%", nb.percent(Exact.of(new BigDecimal("110.65"))));
        assertEquals("0,7", nb.number(BigFraction.of(2, 3), 1));
    }
}
