package no.scorebake.page;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.content.EditorialPage;

/** The editorial pages and posts of {@code content/}, each at its own path under {@code pages/}. */
public final class EditorialPages implements PageType {

    /** @param page the page as read, its body already sanitised HTML */
    public record Model(Frame frame, EditorialPage page) implements PageModel {
    }

    @Override
    public List<Job> jobs(PageContext ctx) {
        List<Job> jobs = new ArrayList<>();
        for (EditorialPage p : ctx.editorial()) {
            jobs.add(Job.of(p.path(), out -> out.page("page.ftlh", p.path(), new Model(ctx.frame(p.path(), p.title()), p))));
        }
        return jobs;
    }
}
