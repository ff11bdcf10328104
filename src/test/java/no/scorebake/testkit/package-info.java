/**
 * The fixtures every test package shares, in one place so that none is written twice. A test
 * starts from {@link no.scorebake.testkit.TestProject}: a small valid project in a temporary
 * folder that it adds files to, then loads, computes or runs a command on. The larger projects
 * are written into one: the example ({@link no.scorebake.testkit.TestFiles#copyExample}, with a
 * theme {@link no.scorebake.testkit.ThemedExample}), hostile names and text
 * ({@link no.scorebake.testkit.HostileFixture}), a comparison's units
 * ({@link no.scorebake.testkit.CompareFixture}), a survey ({@link no.scorebake.testkit.SurveyFixture})
 * and .xlsx uploads ({@link no.scorebake.testkit.Workbooks}). What a run printed is checked with
 * {@link no.scorebake.testkit.Expect} ({@code path:line:col} problems, no stack trace); folder
 * trees are copied, read and compared with {@link no.scorebake.testkit.TestFiles}; colours with
 * {@link no.scorebake.testkit.Contrast}; the theme's status marks with
 * {@link no.scorebake.testkit.StatusSpans} and {@link no.scorebake.testkit.StatusShapes}, its dark
 * scheme with {@link no.scorebake.testkit.DarkScheme}; charts' data with
 * {@link no.scorebake.testkit.ChartSamples}; the launcher script with
 * {@link no.scorebake.testkit.Launcher}. Helpers that only one package's tests use stay there
 * (the status tests' exact numbers, the publish tests' trees with the marker's token left out).
 */
package no.scorebake.testkit;
