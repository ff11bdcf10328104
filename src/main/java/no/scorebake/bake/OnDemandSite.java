package no.scorebake.bake;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import no.scorebake.address.Addresses;
import no.scorebake.content.EditorialPage;
import no.scorebake.model.Project;
import no.scorebake.page.PageContext;
import no.scorebake.page.PageType;
import no.scorebake.page.PageTypes;
import no.scorebake.status.StatusEngine;

/**
 * A checked project's site, rendered one file at a time when it is asked for: what
 * {@code serve} shows. It lists every page type's jobs once, which computes no figure, finds
 * the job that writes the path asked for, and runs that job alone, through the same output and
 * renderer as {@link SiteBaker} but into memory, so the file comes out byte for byte as
 * {@code build} writes it. The theme's assets are served as they are. It caches nothing: the
 * preview keeps the files it has served.
 */
public final class OnDemandSite {

    private final Map<String, PageType.Job> jobs;
    private final Map<String, byte[]> assets;
    private Set<String> folders;
    private final Renderer renderer;
    private final YearMonth current;
    private final int units;
    private final AtomicInteger rendered = new AtomicInteger();

    private OnDemandSite(Map<String, PageType.Job> jobs, Map<String, byte[]> assets, Renderer renderer, YearMonth current, int units) {
        this.jobs = jobs;
        this.assets = assets;
        this.renderer = renderer;
        this.current = current;
        this.units = units;
    }

    /**
     * The site of {@code engine}'s project with these editorial pages, showing {@code current}
     * as the current month, through the project's theme.
     *
     * @throws IOException when the theme cannot be read
     */
    public static OnDemandSite of(StatusEngine engine, List<EditorialPage> editorial, YearMonth current) throws IOException {
        Project project = engine.project();
        Theme theme = Theme.of(project.root(), project.site().theme());
        Map<String, byte[]> assets = new HashMap<>();
        theme.assets().forEach((name, bytes) -> assets.put(Addresses.asset(name), bytes));
        PageContext ctx = new PageContext(engine, current, engine.periodsUpTo(current), editorial);
        Map<String, PageType.Job> jobs = new HashMap<>();
        for (PageType type : PageTypes.all()) {
            for (PageType.Job job : type.jobs(ctx)) {
                for (String path : job.paths()) {
                    jobs.putIfAbsent(path, job);
                }
            }
        }
        return new OnDemandSite(jobs, assets, new Renderer(theme), current, project.scorecards().size());
    }

    /**
     * The files of the job that writes {@code path} (a site-relative address such as
     * {@code 820/kpi/user-faults.html}), rendered now, by path; {@code path} itself is among
     * them. Just that file for an asset; null when the site has no such file.
     *
     * @throws no.scorebake.problem.InputException at a template's line when the theme fails to render the page
     * @throws IOException when a template cannot be read
     */
    public Map<String, byte[]> render(String path) throws IOException {
        byte[] asset = assets.get(path);
        if (asset != null) {
            return Map.of(path, asset);
        }
        PageType.Job job = jobs.get(path);
        if (job == null) {
            return null;
        }
        rendered.incrementAndGet();
        return SiteBaker.render(job, renderer);
    }

    /**
     * Whether {@code path} is a folder of the site (a prefix of some file's address, without the
     * slash). The folders are listed when first asked for: a reload need not wait for them.
     */
    public synchronized boolean folder(String path) {
        if (folders == null) {
            Set<String> all = new HashSet<>();
            for (Set<String> paths : List.of(jobs.keySet(), assets.keySet())) {
                for (String p : paths) {
                    for (int slash = p.indexOf('/'); slash >= 0; slash = p.indexOf('/', slash + 1)) {
                        all.add(p.substring(0, slash));
                    }
                }
            }
            folders = all;
        }
        return folders.contains(path);
    }

    /** How many files the site has. */
    public int size() {
        return jobs.size() + assets.size();
    }

    /** Every file of the site, sorted: what {@code build} writes (except a monthly report kept from an earlier month). */
    public Set<String> paths() {
        TreeSet<String> all = new TreeSet<>(jobs.keySet());
        all.addAll(assets.keySet());
        return Collections.unmodifiableSet(all);
    }

    /** How many jobs have run so far: a page asked for again is served from the preview's cache without one. */
    public int rendered() {
        return rendered.get();
    }

    /** The month the site shows as the current one. */
    public YearMonth current() {
        return current;
    }

    /** How many scorecards the site has. */
    public int units() {
        return units;
    }
}
