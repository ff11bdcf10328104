package no.scorebake.load;

import java.util.List;

/** The column names of a data upload, shared by the reader and by the reporting sheets written for coordinators. */
public final class UploadColumns {

    /**
     * Columns a reporting sheet ({@code scorebake sheets}) carries for the coordinator to read.
     * The loader ignores them without the warning other unknown columns get, so a returned
     * sheet loads with no edits and no noise.
     */
    public static final List<String> INFORMATION = List.of("name", "definition", "unit", "model target", "last period",
            "last value", "last status");

    private UploadColumns() {
    }
}
