package no.scorebake.chart;

import no.scorebake.model.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static final String NB = "\u00a0";

    @Test
    void norwegianAxisLabels() {
        Numbers n = new Numbers(Language.NB, "%");
        assertEquals("95" + NB + "%", n.value(95.0, 0));
        assertEquals("0,5" + NB + "%", n.value(0.5, 2));
        assertEquals("1" + NB + "234,57" + NB + "%", n.value(1234.5678, 2));
        assertEquals("\u22121" + NB + "200" + NB + "%", n.value(-1200.0, 0));
        assertEquals("0" + NB + "%", n.value(-0.0, 0));
        assertEquals("0" + NB + "%", n.value(-0.001, 2), "rounds to zero, no minus");
    }

    @Test
    void englishAxisLabels() {
        assertEquals("1,200 kr".replace(" ", NB), new Numbers(Language.EN, "kr").value(1200.0, 0));
        assertEquals("95.5%", new Numbers(Language.EN, "%").value(95.5, 1));
        assertEquals("7", new Numbers(Language.EN, "").value(7.0, 0));
    }

    @Test
    void hugeNumbersGetAPowerOfTen() {
        assertEquals("1,23E15" + NB + "kr", new Numbers(Language.NB, "kr").value(1.234e15, 0));
        assertEquals("\u22129.9E30", new Numbers(Language.EN, "").value(-9.9e30, 0));
        assertEquals("999" + NB + "000" + NB + "000" + NB + "000", new Numbers(Language.NB, "").value(999e9, 0));
    }

    @Test
    void exactDecimalsInText() {
        Numbers n = new Numbers(Language.NB, "");
        assertEquals("131,5", n.number(new BigDecimal("131.50")));
        assertEquals("1" + NB + "000" + NB + "000", n.number(new BigDecimal("1E+6")));
        assertEquals("0", n.number(new BigDecimal("0.000")));
        assertEquals("0,000001", n.number(new BigDecimal("0.0000010")));
    }

    @Test
    void decimalsFollowTheRange() {
        assertEquals(0, Numbers.decimalsFor(100));
        assertEquals(1, Numbers.decimalsFor(40));
        assertEquals(1, Numbers.decimalsFor(10));
        assertEquals(2, Numbers.decimalsFor(1));
        assertEquals(4, Numbers.decimalsFor(0.01));
        assertEquals(10, Numbers.decimalsFor(1e-12));
        assertEquals(2, Numbers.decimalsFor(0));
    }
}
