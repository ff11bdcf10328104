package no.scorebake.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Unit;
import no.scorebake.status.Exact;
import no.scorebake.status.InitiativeProgress;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Outlook;
import no.scorebake.status.Score;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.ScorecardStatus.FactorScore;
import no.scorebake.status.ScorecardStatus.ObjectiveScore;
import no.scorebake.status.ScorecardStatus.PerspectiveScore;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Writes {@code data/<unit>/<period>.json} in exactly the shape of {@code portal.md}. Numbers are
 * plain JSON numbers: performance and scores rounded half-up to one decimal, values and targets
 * exact where they are finite decimals and otherwise rounded to four decimals. A few fields are
 * added for tools that want them ({@code name} on every level, {@code kpis} directly under an
 * objective, {@code source}, {@code reported}/{@code of} for roll-ups); none is renamed or left out.
 * The year outlook's value, target and computed forecast are rounded to one decimal.
 * Written compactly, on one line: the indentation of a pretty-printed file was 40 % of its bytes
 * (17 KB of a 25-KPI scorecard against 10 KB), 14,400 times per bake for a municipality, and
 * tools read it either way.
 */
public final class ScorecardJson {

    /** Decimals kept for values and targets that are not finite decimals (a formula's 1/3). */
    public static final int VALUE_SCALE = 4;
    /** Decimals of the year outlook's forecasts and year target: one, as the spec asks. */
    public static final int OUTLOOK_SCALE = 1;
    /** Decimals kept for performance and scores, as the spec asks. */
    public static final int SCORE_SCALE = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectWriter WRITER;

    static {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        WRITER = mapper.writer();
    }

    private ScorecardJson() {
    }

    /**
     * The scorecard's JSON text; {@code otherSource} names where a value came from when no data
     * row gave it (a survey's response file), or returns null.
     */
    public static String write(ScorecardStatus card, Unit unit, Function<KpiStatus, String> otherSource) {
        try {
            return WRITER.writeValueAsString(tree(card, unit, otherSource)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("JSON of a tree of plain nodes cannot fail", e);
        }
    }

    static ObjectNode tree(ScorecardStatus card, Unit unit, Function<KpiStatus, String> otherSource) {
        String own = card.scorecard().unit();
        ObjectNode root = NODES.objectNode();
        root.put("unit", own);
        root.put("name", unit.name());
        root.put("period", no.scorebake.model.Period.month(card.period()).label());
        score(root, card.score());
        ArrayNode perspectives = root.putArray("perspectives");
        for (PerspectiveScore ps : card.perspectives()) {
            ObjectNode p = perspectives.addObject();
            p.put("id", ps.perspective().id());
            p.put("name", ps.perspective().name());
            score(p, ps.score());
            ArrayNode objectives = p.putArray("objectives");
            for (ObjectiveScore os : ps.objectives()) {
                ObjectNode o = objectives.addObject();
                o.put("id", os.objective().id());
                o.put("name", os.objective().name());
                score(o, os.score());
                ArrayNode factors = o.putArray("factors");
                for (FactorScore fs : os.factors()) {
                    ObjectNode f = factors.addObject();
                    f.put("id", fs.factor().id());
                    f.put("name", fs.factor().name());
                    score(f, fs.score());
                    refs(f.putArray("kpis"), fs.kpis(), own);
                }
                refs(o.putArray("kpis"), os.kpis(), own);
            }
        }
        ArrayNode kpis = root.putArray("kpis");
        for (KpiStatus k : card.kpis()) {
            kpis.add(kpi(k, otherSource));
        }
        ArrayNode initiatives = root.putArray("initiatives");
        for (InitiativeProgress i : card.initiatives()) {
            ObjectNode n = initiatives.addObject();
            n.put("id", i.initiative().id());
            n.put("name", i.initiative().name());
            n.put("complete", plain(i.complete()));
            n.put("status", i.status() == null ? null : i.status().key());
        }
        return root;
    }

    private static ObjectNode kpi(KpiStatus k, Function<KpiStatus, String> otherSource) {
        ObjectNode n = NODES.objectNode();
        n.put("id", k.key().kpi());
        n.put("unit", k.key().unit());
        n.put("name", k.kpi().name());
        n.put("value", Exact.decimal(k.value(), VALUE_SCALE));
        n.put("valuePeriod", k.valuePeriod().label());
        n.put("target", Exact.decimal(k.target(), VALUE_SCALE));
        n.put("performance", Exact.decimal(k.performance(), SCORE_SCALE));
        n.put("status", k.status().key());
        n.put("missing", k.missing());
        if (k.ytd() == null) {
            n.putNull("ytd");
        } else {
            ObjectNode y = n.putObject("ytd");
            y.put("value", Exact.decimal(k.ytd().value(), VALUE_SCALE));
            y.put("target", Exact.decimal(k.ytd().target(), VALUE_SCALE));
            y.put("months", k.ytd().months());
        }
        if (k.lastYear() == null) {
            n.putNull("lastYear");
        } else {
            ObjectNode l = n.putObject("lastYear");
            l.put("period", k.lastYear().period().label());
            l.put("value", Exact.decimal(k.lastYear().value(), VALUE_SCALE));
        }
        outlook(n, k.outlook());
        n.put("comment", k.comment());
        n.put("source", k.row() != null && k.row().value() != null ? k.row().pos().toString()
                : k.value() == null ? null : otherSource.apply(k));
        if (k.kpi().rollup() != null) {
            n.put("reported", k.rollupReported());
            n.put("of", k.rollupOf());
        }
        return n;
    }

    /**
     * The year outlook as {@code portal.md} shows it; its numbers rounded half-up to one decimal
     * when not whole ({@link #OUTLOOK_SCALE}), the year as text like every period.
     */
    private static void outlook(ObjectNode n, Outlook outlook) {
        if (outlook == null) {
            n.putNull("outlook");
            return;
        }
        ObjectNode o = n.putObject("outlook");
        o.put("year", Integer.toString(outlook.year()));
        o.put("value", Exact.decimal(outlook.value(), OUTLOOK_SCALE));
        o.put("target", Exact.decimal(outlook.target(), OUTLOOK_SCALE));
        o.put("performance", Exact.decimal(outlook.performance(), SCORE_SCALE));
        o.put("status", outlook.status().key());
        o.put("months", outlook.months());
        o.put("by", outlook.by().key());
        o.put("computed", Exact.decimal(outlook.computed(), OUTLOOK_SCALE));
    }

    private static void refs(ArrayNode array, List<KpiKey> keys, String own) {
        for (KpiKey key : keys) {
            array.add(key.unit().equals(own) ? key.kpi() : key.toString());
        }
    }

    private static void score(ObjectNode node, Score score) {
        node.put("score", round(score.value()));
        node.put("status", score.status().key());
    }

    private static BigDecimal round(BigFraction f) {
        return Exact.decimal(f, SCORE_SCALE);
    }

    private static BigDecimal plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
