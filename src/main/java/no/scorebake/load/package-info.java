/**
 * Reading a project from disk into {@code model}: the YAML model, the CSV and .xlsx uploads, the
 * surveys and their responses, and the checks across files, every problem collected with its
 * {@code path:line:col} ({@link no.scorebake.problem.Problems}) rather than thrown. It uses
 * {@code problem}, {@code model} and {@code formula}, Jackson, SnakeYAML and Apache POI; nothing downstream.
 */
package no.scorebake.load;
