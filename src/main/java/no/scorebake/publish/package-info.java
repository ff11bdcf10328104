/**
 * Publishing to the share: baking beside it (unchanged files hard-linked from the published
 * site, so only changes are written) and swapping the new site in with renames, keeping the
 * previous one for a rollback, so readers never see half a site. {@link no.scorebake.publish.Assembly}
 * bakes the next version through {@code bake}'s {@code Build} into an
 * {@link no.scorebake.publish.AssembledFolder}; the rest uses {@code bake}'s {@code Folders} and the
 * JDK's file system only.
 */
package no.scorebake.publish;
