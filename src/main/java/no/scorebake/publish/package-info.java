/**
 * Publishing to the share: baking beside it and swapping the new site in with renames, keeping
 * the previous one for a rollback, so readers never see half a site. It uses {@code bake}'s
 * {@code OutputFolder} and the JDK's file system only.
 */
package no.scorebake.publish;
