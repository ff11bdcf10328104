package no.scorebake.page;

import java.util.List;
import no.scorebake.chart.ChartCache;
import no.scorebake.content.NoteRenderer;

/** Every page type of the portal: the one list a bake goes through. */
public final class PageTypes {

    private PageTypes() {
    }

    /** @param charts where the KPI pages' charts are drawn or found from an earlier build */
    public static List<PageType> all(ChartCache charts) {
        return List.of(
                new EntryPage(),
                new ScorecardPage(),
                new PeriodsPage(),
                new MapPage(),
                new InitiativesPage(),
                new HierarchyPage(),
                new KpiPage(charts, new NoteRenderer()),
                new DeviationsReport(),
                new MissingReport(),
                new SurveyPage(),
                new SearchPage(),
                new EditorialPages());
    }
}
