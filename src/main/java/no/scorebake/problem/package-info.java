/**
 * Problems in a project's input, each with its {@code path:line:col}, collected rather than
 * thrown so that one run reports all of them at once ({@link no.scorebake.problem.Problems}), and
 * the one exception that carries them out ({@link no.scorebake.problem.InputException}). It is a
 * package of its own because every package reports problems — the readers, the formulas, the
 * themes, the content and the commands — and reading the model ({@code load}) is only one of
 * them; here nothing depends on more than {@code model}'s positions.
 */
package no.scorebake.problem;
