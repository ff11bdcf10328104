package no.scorebake.page;

import java.util.List;
import no.scorebake.content.NoteRenderer;

/** Every page type of the portal: the one list a bake goes through. */
public final class PageTypes {

    private PageTypes() {
    }

    public static List<PageType> all() {
        return List.of(
                new EntryPage(),
                new ScorecardPage(),
                new PeriodsPage(),
                new MapPage(),
                new InitiativesPage(),
                new HierarchyPage(),
                new ComparePage(),
                new RankingPage(),
                new KpiPage(new NoteRenderer()),
                new DeviationsReport(),
                new MissingReport(),
                new ChangesReport(),
                new UnitFeeds(),
                new SurveyPage(),
                new SearchPage(),
                new MonthReport(),
                new EditorialPages());
    }
}
