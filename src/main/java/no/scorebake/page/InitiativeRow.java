package no.scorebake.page;

import java.util.List;

/**
 * An initiative as a row: progress and status as last reported.
 *
 * @param anchor the id of its row on the unit's page of initiatives, which other pages link
 * @param percent percent complete as a whole number for the progress bar
 * @param statusKey not-started, on-track, at-risk, late, done, or none
 * @param supports ids of the objectives and factors it supports
 */
public record InitiativeRow(String id, String anchor, String name, String owner, String span, String complete, int percent,
                            String statusKey, String status, String description, String comment, List<String> supports) {
}
