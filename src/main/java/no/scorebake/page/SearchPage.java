package no.scorebake.page;

import java.util.List;

/**
 * The search page, {@code search.html}, and the index it searches, {@code search/index.js}
 * ({@link SearchIndex}); the search itself runs in the reader's browser.
 */
public final class SearchPage implements PageType {

    static final String PATH = "search.html";

    /** The page has nothing of its own beyond the frame: the script fills it. */
    public record Model(Frame frame) implements PageModel {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        return List.of(Job.of(List.of(PATH, SearchIndex.PATH), out -> {
            out.page("search.ftlh", PATH, new Model(ctx.frame(PATH, ctx.labels().get("search.title"))
                    .loading(List.of(SearchIndex.PATH, "assets/search.js"))));
            out.file(SearchIndex.PATH, SearchIndex.script(ctx));
        }));
    }
}
