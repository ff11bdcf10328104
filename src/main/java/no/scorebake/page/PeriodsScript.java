package no.scorebake.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.List;
import no.scorebake.address.Addresses;
import no.scorebake.model.Period;

/**
 * The site's months as a script, {@code data/periods.js}, written by every bake: each month as
 * in addresses with its name, oldest first, and the words of the note on an earlier month. A
 * month's scorecard and comparison load the theme's {@code assets/periods.js}, which loads this
 * file and adds the link to the next month and the note that the month shown is an earlier one
 * when the page's month is not the last of the list. So a month's page holds nothing that
 * depends on later months and keeps its bytes when they arrive; only this small file changes.
 * The period overviews' page type writes it, as the search page writes the search index. A
 * {@code <script src>} rather than a fetch, which browsers refuse on {@code file://};
 * non-ASCII characters are written as JSON escapes, so the file reads the same in any encoding.
 */
public final class PeriodsScript {

    private PeriodsScript() {
    }

    /** What a month's page loads: the theme's script, which loads this file from beside its own address. */
    static final List<String> LOADS = List.of(Addresses.asset("periods.js"));

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /**
     * {@code window.scorebakePeriods = {"months": [["2005-01", "januar 2005"], …], "earlier": "Du ser på en
     * tidligere periode.", "toCurrent": "Til gjeldende periode"};}
     */
    static String script(PageContext ctx) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode months = data.putArray("months");
        for (YearMonth m : ctx.months()) {
            months.addArray().add(Period.month(m).label()).add(ctx.format().month(m));
        }
        data.put("earlier", ctx.labels().get("scorecard.notCurrent"));
        data.put("toCurrent", ctx.labels().get("scorecard.toCurrent"));
        try {
            return "window.scorebakePeriods = " + MAPPER.writeValueAsString(data) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of plain nodes cannot fail", e);
        }
    }
}
