/**
 * The reporting sheets sent to coordinators each month: which KPIs and initiatives are due per
 * unit ({@link no.scorebake.sheet.SheetPlan}) written as .xlsx (Apache POI) or CSV. It reads
 * {@code model} and {@code status} (last figures and their status) and takes words and number
 * formats from {@code text}; a filled-in sheet is a valid upload for {@code load}.
 */
package no.scorebake.sheet;
