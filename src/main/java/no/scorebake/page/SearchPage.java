package no.scorebake.page;

import java.util.List;
import no.scorebake.address.Addresses;

/**
 * The search page, {@code search.html}, and the index it searches, {@code search/index.js}
 * ({@link SearchIndex}); the search itself runs in the reader's browser.
 */
public final class SearchPage implements PageType {

    /** The page has nothing of its own beyond the frame: the script fills it. */
    public record Model(Frame frame) implements PageModel {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        return List.of(Job.of(List.of(Addresses.SEARCH, Addresses.SEARCH_INDEX), out -> {
            out.page("search.ftlh", Addresses.SEARCH, new Model(ctx.frame(Addresses.SEARCH, ctx.labels().get("search.title"))
                    .loading(List.of(Addresses.SEARCH_INDEX, Addresses.asset("search.js")))));
            out.file(Addresses.SEARCH_INDEX, SearchIndex.script(ctx));
        }));
    }
}
