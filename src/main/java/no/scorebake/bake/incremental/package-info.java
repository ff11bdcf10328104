/**
 * Where "what must be rebuilt" is decided: the fingerprints of a build's inputs, the record of
 * the last build, the keys of the pages, and the decision to keep a page instead of rendering it.
 *
 * <p><b>How it decides.</b> A build first takes the fingerprint of everything it reads
 * ({@link no.scorebake.bake.incremental.InputFingerprint}): every file under {@code model/},
 * {@code content/} and {@code themes/} by name and bytes, the options, and the identity of the
 * running scorebake. When that equals the fingerprint in the record of the last build into the
 * same folder ({@link no.scorebake.bake.incremental.LastBuild}) and every file that build wrote is
 * still there with the size and time it recorded, there is nothing to do. Otherwise the project is
 * loaded and baked, and each page type asks, page by page, whether it may keep the file
 * ({@link no.scorebake.page.Output#keep}); {@link no.scorebake.bake.incremental.PageKeys} answers:
 * <ul>
 * <li>The whole site has a key ({@link no.scorebake.bake.incremental.PageKeys#site}): the undated
 * inputs by meaning, every dated input up to the current month, and the current month. When it
 * equals the record's and every file is as recorded, nothing is rendered at all: that is what a
 * comment or a reformatting of any YAML file gives.</li>
 * <li>A month's own pages (a scorecard for a period, its JSON and CSV, the month's comparison)
 * have the month's key ({@link no.scorebake.bake.incremental.PeriodKeys}): a hash of the undated
 * inputs and of every upload row, initiative report and note dated that month or earlier,
 * chained month to month. A change dated in March changes the keys of March and every later
 * month, never those of earlier months; moving {@code period:} adds a month and changes none.
 * A unit's scorecard and comparison of a month take, instead of every scorecard file, only those
 * the unit draws on ({@link no.scorebake.bake.incremental.UnitInputs}: its own, its sub-units',
 * every unit its scorecard names, and theirs in turn) plus its parent's score, which the page
 * shows: one unit's changed scorecard re-renders that unit's pages and those of the units that
 * draw on it or show a score it moved, and keeps the rest.</li>
 * <li>A page keyed by what it shows (a KPI's page) has a hash of the undated inputs, its template,
 * its path and the complete text of its model ({@link no.scorebake.bake.incremental.CanonicalText}),
 * with its unit's scorecard files as above in place of all of them.</li>
 * <li>The undated inputs are hashed with the model's YAML files by their meaning
 * ({@link no.scorebake.bake.incremental.YamlMeaning}): the parsed tree without comments, layout or
 * the current {@code period:} of {@code site.yaml}, so such an edit changes no key.</li>
 * <li>Every other page (the entry page, reports, feeds, the search index, the current month's
 * pages) is rendered every time and written only when its bytes differ.</li>
 * </ul>
 * A page is kept only when its key equals the one the record holds for it <em>and</em> each of
 * its files is still as the last build left it (same size and modification time). The record also
 * holds each unit's overall score per month; those of months whose key is unchanged go into the
 * status engine as an input ({@link no.scorebake.status.StatusEngine#computeAll(java.util.List, java.util.Map)})
 * so the period overview need not roll the old months up again.
 *
 * <p><b>Why a wrong "unchanged" cannot happen.</b> Every key is a SHA-256 over everything the
 * page can show: either the full text of its model, or every input that its figures are computed
 * from (the undated inputs, and every dated item up to its month), each field written with its
 * length so no two inputs read alike; a type {@code CanonicalText} does not know fails the build
 * rather than print something that might not change. The keys include the identity of the running
 * scorebake, so new code renders everything. The record is forgotten before the output starts to
 * change and saved only after a build succeeded, so a killed build leaves no record and the next
 * one renders everything. A file is trusted only while its size and time are as recorded, so a
 * file touched by hand is rendered again. A publish's record counts only while the published
 * folder's marker holds the token written when that version was assembled
 * ({@link no.scorebake.bake.incremental.VersionMarker}), so a rollback, a folder made by hand or a
 * killed publish makes every page render. When anything is unknown (no record, no code identity,
 * a damaged line) the answer is "render it", which is always right. Tests compare every kind of
 * rebuilt site with a fresh bake byte for byte ({@code IncrementalBuildTest}, {@code
 * IncrementalPublishTest}). The one judgement that is not a hash is which scorecards a unit
 * draws on: it over-approximates (any text {@code <unit id>/} counts as a reference, a scorecard
 * read with a warning as referring to all), so an error there costs a page rendered, not kept.
 *
 * <p><b>What stays elsewhere, and why.</b> The cache of parsed YAML trees
 * ({@link no.scorebake.load.YamlTrees}) stays in {@code load}: the loader reads through it, and
 * moving it here would make {@code load} depend on this package while this one depends on
 * {@code load}'s {@code YamlNode}, a cycle. It is only a shortcut for parsing, keyed by a file's
 * bytes, and decides nothing about pages. {@code QuickYaml} is a faster YAML reader, not part of
 * the decision. The two kinds of output folder, which carry out the decision on disk, are
 * {@link no.scorebake.bake.InPlaceFolder} (build, serve) and {@code no.scorebake.publish.AssembledFolder}
 * (publish).
 *
 * <p>This package depends only on {@code model}, {@code load} (the YAML tree) and {@code status}
 * (a score); {@code bake}, {@code page} and {@code publish} use it.
 */
package no.scorebake.bake.incremental;
