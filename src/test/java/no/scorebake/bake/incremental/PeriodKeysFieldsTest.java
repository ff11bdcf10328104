package no.scorebake.bake.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import no.scorebake.model.InitiativeReport;
import no.scorebake.model.Measurement;
import no.scorebake.model.Note;
import org.junit.jupiter.api.Test;

/**
 * {@link PeriodKeys} hashes the dated records field by field. A field added to one of them must
 * be added to its hash too, or a change of only that field would leave a month's pages as they
 * were: these tests fail first, and say where to look.
 */
class PeriodKeysFieldsTest {

    private static List<String> fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    @Test
    void everyFieldOfAMeasurementIsHashed() {
        assertEquals(List.of("kpi", "period", "value", "target", "forecast", "comment", "pos"), fields(Measurement.class),
                "Measurement changed: hash the new field in PeriodKeys.of, then update this list");
    }

    @Test
    void everyFieldOfAnInitiativeReportIsHashed() {
        assertEquals(List.of("unit", "initiative", "month", "complete", "status", "comment", "pos"), fields(InitiativeReport.class),
                "InitiativeReport changed: hash the new field in PeriodKeys.of, then update this list");
    }

    @Test
    void everyFieldOfANoteIsHashed() {
        assertEquals(List.of("kpi", "month", "markdown", "pos"), fields(Note.class),
                "Note changed: hash the new field in PeriodKeys.of, then update this list");
    }
}
