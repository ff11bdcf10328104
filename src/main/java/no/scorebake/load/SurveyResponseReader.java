package no.scorebake.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import no.scorebake.model.Organisation;
import no.scorebake.model.Pos;
import no.scorebake.model.Survey;
import no.scorebake.model.SurveyQuestion;
import no.scorebake.model.SurveyResponse;
import no.scorebake.model.SurveyWave;
import no.scorebake.model.Unit;
import no.scorebake.problem.Problems;
import no.scorebake.problem.SourceFile;

/**
 * Reads the response files of one survey, {@code model/surveys/<survey>/<month>.csv}: one row per
 * respondent with the column {@code unit} and one column per question id, answers as whole
 * numbers on the scale, empty for no answer. The delimiter and number forms are those of the
 * measurement uploads, since the same spreadsheets write both.
 */
final class SurveyResponseReader {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

    private final Path root;
    private final Organisation organisation;
    private final Survey survey;
    private final Problems problems;

    SurveyResponseReader(Path root, Organisation organisation, Survey survey, Problems problems) {
        this.root = root;
        this.organisation = organisation;
        this.survey = survey;
        this.problems = problems;
    }

    /** Every wave in the folder, oldest first; none when the folder does not exist. */
    List<SurveyWave> readAll(Path folder) {
        List<Path> files = SourceFile.list(root, folder, problems);
        List<SurveyWave> waves = new ArrayList<>();
        for (Path file : files) {
            String rel = SourceFile.relative(root, file);
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(file)) {
                problems.error(Pos.of(rel), "responses live directly in model/surveys/" + survey.id() + "/ as <month>.csv; sub-folders are not read");
            } else if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".ods")) {
                problems.error(Pos.of(rel), "spreadsheet files are not read here; save the responses as \"CSV UTF-8\" named by the month, e.g. 2005-11.csv");
            } else if (!lower.endsWith(".csv")) {
                problems.warning(Pos.of(rel), "'" + name + "' is not read; the responses of a survey are <month>.csv files");
            } else {
                String stem = name.substring(0, name.length() - ".csv".length());
                YearMonth month = Periods.month(stem);
                if (month == null) {
                    problems.error(Pos.of(rel), "file name '" + name + "' is not a period; name the responses by the month the survey was held, e.g. 2005-11.csv");
                    continue;
                }
                String text = SourceFile.read(root, file, problems);
                if (text != null) {
                    List<SurveyResponse> rows = read(rel, text);
                    if (rows != null) {
                        waves.add(new SurveyWave(month, rel, List.copyOf(rows)));
                    }
                }
            }
        }
        return List.copyOf(waves);
    }

    /** The rows of one file, or null when its header is unusable. */
    List<SurveyResponse> read(String path, String text) {
        char separator = MeasurementReader.separator(text);
        List<SurveyResponse> rows = new ArrayList<>();
        int[] columnOf = new int[survey.questions().size()];
        int[] unitColumnAndWidth = {-1, -1};   // -1 width: no header row yet
        boolean readable = CsvRows.read(path, text, separator, problems, (cells, cellPos) -> {
            if (unitColumnAndWidth[1] < 0) {
                unitColumnAndWidth[1] = cells.size();
                unitColumnAndWidth[0] = header(cells, cellPos, columnOf);
                return unitColumnAndWidth[0] >= 0;
            }
            SurveyResponse r = row(cells, cellPos, unitColumnAndWidth[0], columnOf, unitColumnAndWidth[1]);
            if (r != null) {
                rows.add(r);
            }
            return true;
        });
        if (!readable || unitColumnAndWidth[0] < 0 && unitColumnAndWidth[1] >= 0) {
            return null;
        }
        if (unitColumnAndWidth[1] < 0) {
            problems.error(Pos.line(path, 1), "file is empty; survey responses need a header row (unit" + separator
                    + "q1" + separator + "q2 ...) and one row per respondent");
            return null;
        }
        return rows;
    }

    /** Maps each question to its column (-1 when absent); returns the unit column, or -1 after reporting a bad header. */
    private int header(List<String> cells, List<Pos> cellPos, int[] columnOf) {
        List<SurveyQuestion> questions = survey.questions();
        Arrays.fill(columnOf, -1);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            byName.put(questions.get(i).id().toLowerCase(Locale.ROOT), i);
        }
        int unit = -1;
        boolean ok = true;
        for (int c = 0; c < cells.size(); c++) {
            String name = cells.get(c).strip();
            String key = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (key.equals("unit")) {
                if (unit >= 0) {
                    problems.error(cellPos.get(c), "column 'unit' appears twice in the header (also column " + (unit + 1) + ")");
                    ok = false;
                }
                unit = c;
                continue;
            }
            Integer q = byName.get(key);
            if (q == null) {
                problems.error(cellPos.get(c), "unknown question column '" + name + "' — " + Choices.known(questions.stream().map(SurveyQuestion::id).toList(), name)
                        + " (and unit)");
                ok = false;
            } else if (columnOf[q] >= 0) {
                problems.error(cellPos.get(c), "question '" + name + "' appears twice in the header (also column " + (columnOf[q] + 1) + ")");
                ok = false;
            } else {
                columnOf[q] = c;
            }
        }
        Pos rowPos = Pos.line(cellPos.get(0).path(), cellPos.get(0).line());
        if (unit < 0) {
            problems.error(rowPos, "header lacks the column unit; the first row names the columns: unit and one column per question id ("
                    + String.join(", ", questions.stream().map(SurveyQuestion::id).toList()) + ")");
            ok = false;
        }
        for (int i = 0; i < questions.size() && ok; i++) {
            if (columnOf[i] < 0) {
                problems.warning(rowPos, "question '" + questions.get(i).id() + "' has no column in this file; it counts as unanswered by everyone");
            }
        }
        return ok ? unit : -1;
    }

    private SurveyResponse row(List<String> cells, List<Pos> cellPos, int unitColumn, int[] columnOf, int width) {
        if (cells.size() > width) {
            problems.error(cellPos.get(width), "row has " + cells.size() + " fields but the header has " + width);
            return null;
        }
        Pos rowPos = Pos.line(cellPos.get(0).path(), cellPos.get(0).line());
        String unit = unitColumn < cells.size() ? cells.get(unitColumn).strip() : "";
        Pos unitPos = unitColumn < cells.size() ? cellPos.get(unitColumn) : rowPos;
        boolean ok = true;
        if (unit.isEmpty()) {
            problems.error(unitPos, "unit is empty; write the id of the respondent's unit");
            ok = false;
        } else if (organisation.unit(unit) == null) {
            problems.error(unitPos, "unknown unit '" + unit + "' — " + Choices.known(organisation.all().stream().map(Unit::id).toList(), unit));
            ok = false;
        }
        int min = survey.scale().min();
        int max = survey.scale().max();
        List<Integer> answers = new ArrayList<>(columnOf.length);
        for (int q = 0; q < columnOf.length; q++) {
            int c = columnOf[q];
            String text = c < 0 || c >= cells.size() ? "" : cells.get(c).strip();
            if (text.isEmpty()) {
                answers.add(null);
                continue;
            }
            Integer answer = WHOLE.matcher(text).matches() ? Integer.valueOf(text) : null;
            if (answer == null || answer < min || answer > max) {
                problems.error(cellPos.get(c), "answer '" + text + "' to question '" + survey.questions().get(q).id() + "' is "
                        + (answer == null ? "not a whole number" : "outside the scale") + "; valid: a whole number from " + min + " to " + max
                        + ", or empty for no answer");
                ok = false;
                answers.add(null);
            } else {
                answers.add(answer);
            }
        }
        return ok ? new SurveyResponse(unit, java.util.Collections.unmodifiableList(answers), rowPos) : null;
    }
}
