package no.scorebake.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Note;
import no.scorebake.model.Period;
import no.scorebake.model.Pos;
import no.scorebake.model.Scorecard;
import no.scorebake.problem.Problems;
import no.scorebake.problem.SourceFile;

/** Reads the long notes {@code content/comments/<period>/<unit>/<kpi>.md}, checking that the place names a real figure. */
final class NoteReader {

    private NoteReader() {
    }

    static Note read(Path root, Path file, Map<String, Scorecard> scorecards, Set<String> unreadable, Problems problems) {
        String rel = SourceFile.relative(root, file);
        Pos pos = Pos.line(rel, 1);
        List<String> parts = List.of(rel.split("/"));
        // content / comments / <period> / <unit> / <kpi>.md
        if (parts.size() != 5) {
            problems.error(pos, "a note belongs at content/comments/<period>/<unit>/<kpi>.md, e.g. content/comments/2005-08/810/user-faults.md");
            return null;
        }
        String periodText = parts.get(2);
        String unit = parts.get(3);
        String kpiId = parts.get(4).substring(0, parts.get(4).length() - ".md".length());
        Period period = Period.parse(periodText);
        if (period == null) {
            problems.error(pos, "folder '" + periodText + "' of this note is not a period; name it like " + Periods.FORMS);
            return null;
        }
        Scorecard card = scorecards.get(unit);
        if (card == null && unreadable.contains(unit)) {
            return null; // checked once model/scorecards/<unit>.yaml can be read
        }
        if (card == null) {
            problems.error(pos, "note for unknown scorecard '" + unit + "' — " + Choices.known(scorecards.keySet(), unit));
            return null;
        }
        Kpi kpi = card.kpis().get(kpiId);
        if (kpi == null) {
            problems.error(pos, "note for unknown KPI '" + kpiId + "' in scorecard " + unit + " — " + Choices.known(card.kpis().keySet(), kpiId));
            return null;
        }
        String mismatch = Periods.mismatch(period, kpi.frequency());
        if (mismatch != null) {
            problems.error(pos, "note for KPI '" + kpiId + "': " + mismatch);
            return null;
        }
        String text = SourceFile.read(root, file, problems);
        if (text == null) {
            return null;
        }
        return new Note(new KpiKey(unit, kpiId), period.end(), text.replace("\r\n", "\n"), pos);
    }
}
