package no.scorebake.bake;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import no.scorebake.text.Labels;
import no.scorebake.export.ScorecardCsv;
import no.scorebake.export.ScorecardJson;
import no.scorebake.model.Period;
import no.scorebake.model.Project;
import no.scorebake.model.Scorecard;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.StatusEngine;

/** Writes the site for a checked project: for now the data exports of every unit and period. */
public final class SiteBaker {

    private final StatusEngine engine;

    public SiteBaker(StatusEngine engine) {
        this.engine = engine;
    }

    /** What a bake wrote, for the summary line. */
    public record Summary(int units, int periods, int files) {
    }

    /** Writes {@code data/<unit>/<period>.json} and {@code .csv} for every scorecard and every month up to {@code current}. */
    public Summary bake(OutputFolder out, YearMonth current) throws IOException {
        Project project = engine.project();
        Labels labels = new Labels(project.site().language());
        List<YearMonth> months = engine.periodsUpTo(current);
        int files = 0;
        for (Scorecard card : project.scorecards().values()) {
            for (YearMonth month : months) {
                ScorecardStatus status = engine.scorecard(card.unit(), month);
                String base = "data/" + card.unit() + "/" + Period.month(month).label();
                out.write(base + ".json", ScorecardJson.write(status, project.organisation().unit(card.unit())));
                out.write(base + ".csv", ScorecardCsv.write(status, labels));
                files += 2;
            }
        }
        return new Summary(project.scorecards().size(), months.size(), files);
    }

}
