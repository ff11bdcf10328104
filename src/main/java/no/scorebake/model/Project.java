package no.scorebake.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything read from a project's {@code model/} and comment notes, checked and ready for the
 * status engine. Scorecards are keyed by unit id in organisation order.
 */
public record Project(Path root, Site site, Organisation organisation, Map<String, Scorecard> scorecards,
                      List<Measurement> measurements, List<InitiativeReport> initiativeReports, List<Note> notes,
                      List<Survey> surveys) {

    /** A project without surveys. */
    public Project(Path root, Site site, Organisation organisation, Map<String, Scorecard> scorecards,
                   List<Measurement> measurements, List<InitiativeReport> initiativeReports, List<Note> notes) {
        this(root, site, organisation, scorecards, measurements, initiativeReports, notes, List.of());
    }

    /** The same project with these notes instead of its own. */
    public Project withNotes(List<Note> notes) {
        return new Project(root, site, organisation, scorecards, measurements, initiativeReports, List.copyOf(notes), surveys);
    }

    public Kpi kpi(KpiKey key) {
        Scorecard card = scorecards.get(key.unit());
        return card == null ? null : card.kpis().get(key.kpi());
    }
}
