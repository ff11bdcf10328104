/**
 * The strategy map: draws one unit's perspectives, objectives and cause–effect links as a
 * self-contained inline SVG ({@link no.scorebake.map.StrategyMap}), from its own input records
 * ({@link no.scorebake.map.MapData}) so that it knows nothing of the model or the page around it.
 * It may use only the JDK, {@code no.scorebake.text} (the labels) and the language type of {@code no.scorebake.model}.
 */
package no.scorebake.map;
