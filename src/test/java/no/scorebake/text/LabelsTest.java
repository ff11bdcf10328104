package no.scorebake.text;

import no.scorebake.model.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import java.math.BigDecimal;
import java.time.YearMonth;
import no.scorebake.model.KpiUnit;
import no.scorebake.model.Period;
import no.scorebake.status.Exact;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class LabelsTest {

    /** A label missing in one language would stop a bake in it (the bundles have no fallback): every file holds the same keys. */
    @Test
    void everyLabelExistsInEveryLanguage() throws IOException {
        Set<String> nb = keys("nb");
        assertTrue(nb.size() > 250, "labels: " + nb.size());
        for (Language l : Language.values()) {
            Set<String> own = keys(l.tag());
            Set<String> lacking = new TreeSet<>(nb);
            lacking.removeAll(own);
            Set<String> extra = new TreeSet<>(own);
            extra.removeAll(nb);
            assertTrue(lacking.isEmpty() && extra.isEmpty(),
                    "labels_" + l.tag() + ".properties lacks " + lacking + " and has, beyond labels_nb.properties, " + extra);
            assertEquals(nb, Labels.of(l).all().keySet(), l.tag());
        }
    }

    /** The keys of one labels file as written, read without the resource bundle's fallback to another file. */
    private static Set<String> keys(String tag) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/no/scorebake/labels_" + tag + ".properties")) {
            assertNotNull(in, "labels_" + tag + ".properties");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void nynorskWritesNumbersAsBokmalWithItsOwnWords() {
        Format nn = Format.of(Language.NN);
        assertEquals("1\u00A0234,5", nn.number(new BigDecimal("1234.5")));
        assertEquals("95,0\u00A0%", nn.percent(BigFraction.of(95)));
        assertEquals("95\u00A0%", nn.percent(new BigDecimal("95")));
        assertEquals("\u2212120\u00A0000\u00A0kr", nn.value(BigFraction.of(-120000), KpiUnit.NOK));
        assertEquals("august 2005", nn.month(YearMonth.of(2005, 8)));
        assertEquals("desember 2005", nn.month(YearMonth.of(2005, 12)));
        assertEquals("2. kvartal 2005", nn.period(Period.parse("2005-Q2")));
        assertEquals("1. halvår 2006", nn.period(Period.parse("2006-H1")));
        assertEquals("K2 05", nn.shortPeriod(Period.parse("2005-Q2")));
        Labels labels = Labels.of(Language.NN);
        assertEquals("grøn", labels.get("status.green"));
        assertEquals("raud", labels.get("status.red"));
        assertEquals("Yting", labels.get("col.performance"));
        assertEquals("nn", Language.NN.locale().getLanguage());
        assertEquals("1 grøn, 3 gule, 1 raud, 3 grå", labels.format("entry.counts", 1, 3, 1, 3));
        assertEquals("0 grøne, 1 gul, 12 raude, 1 grå", labels.format("entry.counts", 0, 1, 12, 1));
        assertEquals("1 ny raud", labels.format("changes.kind.red", 1));
        assertEquals("3 nye raude", labels.format("changes.kind.red", 3));
        assertEquals("1 notat", labels.format("scorecard.notes", 1));
        assertEquals("2 notat", labels.format("scorecard.notes", 2));
        assertEquals("1 av 1 eining har rapportert", labels.format("rollup.reported", 1, 1));
        assertEquals("2 av 5 einingar har rapportert", labels.format("rollup.reported", 2, 5));
        assertEquals("1 endring", labels.format("changes.total", 1));
        assertEquals("4 endringar", labels.format("changes.total", 4));
    }

    @Test
    void numbersAndMonthsFollowTheLanguage() {
        Format nb = Format.of(Language.NB);
        Format en = Format.of(Language.EN);
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

    @Test
    void countsAgreeWithTheirNounInBothLanguages() {
        Labels nb = Labels.of(Language.NB);
        Labels en = Labels.of(Language.EN);
        assertEquals("1 grønn, 3 gule, 1 rød, 3 grå", nb.format("entry.counts", 1, 3, 1, 3));
        assertEquals("0 grønne, 1 gul, 12 røde, 1 grå", nb.format("entry.counts", 0, 1, 12, 1));
        assertEquals("1 green, 3 yellow, 1 red, 0 grey", en.format("entry.counts", 1, 3, 1, 0));
        assertEquals("1 ny rød", nb.format("changes.kind.red", 1));
        assertEquals("3 nye røde", nb.format("changes.kind.red", 3));
        assertEquals("1 ny gul", nb.format("changes.kind.yellow", 1));
        assertEquals("1 newly red", en.format("changes.kind.red", 1));
        assertEquals("1 notat", nb.format("scorecard.notes", 1));
        assertEquals("2 notater", nb.format("scorecard.notes", 2));
        assertEquals("1 note", en.format("scorecard.notes", 1));
        assertEquals("2 notes", en.format("scorecard.notes", 2));
        // A no-break space: "(4 months)" never wraps between the count and its noun in a narrow column.
        assertEquals("1\u00a0month", en.format("ytd.months", 1));
        assertEquals("4\u00a0months", en.format("ytd.months", 4));
        assertEquals("4\u00a0mnd", nb.format("ytd.months", 4));
        assertEquals("1 of 1 unit reported", en.format("rollup.reported", 1, 1));
        assertEquals("2 av 5 enheter har rapportert", nb.format("rollup.reported", 2, 5));
        assertEquals("1 rød uten kommentar, notat eller tiltak.", nb.format("report.deviations.unexplained", 1));
        assertEquals("1 endring", nb.format("changes.total", 1));
        assertEquals("1 change", en.format("changes.total", 1));
        assertEquals("1 of 4 sub-units has this KPI; the others are left out.", en.format("ranking.coverage", 1, 4));
        assertEquals("3 of 4 sub-units have this KPI; the others are left out.", en.format("ranking.coverage", 3, 4));
        // Large counts are written without grouping, as the pages have always written counts.
        assertEquals("1234 nye røde", nb.format("changes.kind.red", 1234));
    }
}
