package no.scorebake.page;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.scorebake.address.Addresses;
import no.scorebake.model.Factor;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Objective;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;

/**
 * The search index as a script, {@code search/index.js}, loaded by a {@code <script src>} tag
 * because browsers refuse {@code fetch} on {@code file://}. Every unit, objective, factor and KPI
 * is one entry: its name, what it belongs to, its kind and its site-relative address. Non-ASCII
 * characters are written as JSON escapes, so the file reads the same in any encoding.
 */
public final class SearchIndex {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private SearchIndex() {
    }

    public static String script(PageContext ctx) {
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        var labels = ctx.labels();
        for (Unit u : ctx.project().organisation().all()) {
            Scorecard card = ctx.project().scorecards().get(u.id());
            if (card == null) {
                continue;
            }
            add(entries, u.name(), u.id(), labels.get("search.kind.unit"), Addresses.scorecard(u.id()));
            for (Objective o : card.objectives()) {
                add(entries, o.name(), u.name(), labels.get("scorecard.objective"), Addresses.objective(u.id(), o.id()));
                for (Factor f : o.factors()) {
                    add(entries, f.name(), u.name() + " › " + o.name(), labels.get("scorecard.factor"), Addresses.factor(u.id(), f.id()));
                }
            }
            for (Kpi k : card.kpis().values()) {
                String context = u.name() + (k.definition() == null ? "" : " · " + k.definition());
                add(entries, k.name(), context, labels.get("col.kpi"), Addresses.kpi(new KpiKey(u.id(), k.id())));
            }
        }
        try {
            return "window.scorebakeIndex = " + MAPPER.writeValueAsString(entries) + ";\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("JSON of plain nodes cannot fail", e);
        }
    }

    private static void add(ArrayNode entries, String name, String context, String kind, String href) {
        ObjectNode n = entries.addObject();
        n.put("n", name);
        n.put("c", context);
        n.put("k", kind);
        n.put("h", href);
    }

}
