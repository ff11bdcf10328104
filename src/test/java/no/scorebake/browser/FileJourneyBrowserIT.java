package no.scorebake.browser;

/** The journeys from file://, as readers open the portal on a file share. */
class FileJourneyBrowserIT extends Journeys {

    @Override
    String base() {
        return Sites.example().toUri().toString();
    }

    @Override
    String how() {
        return "file";
    }
}
