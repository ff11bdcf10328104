/**
 * The {@code scorebake} command line: one picocli command per verb, the options they share,
 * progress on the console, logging set-up, and
 * {@link no.scorebake.cli.ExitStatus}, the one place where what a command threw becomes a
 * message and an exit status. It may use every other package
 * (it is the top of the layering: {@code bake}, {@code publish}, {@code preview}, {@code sheet}
 * and {@code load} do the work); nothing else may use it.
 */
package no.scorebake.cli;
