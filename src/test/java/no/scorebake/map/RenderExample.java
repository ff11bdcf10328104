package no.scorebake.map;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes example maps to files for looking at: {@code java ... RenderExample out.svg [seed|rows]}. */
final class RenderExample {
    public static void main(String[] args) throws Exception {
        MapData data = args.length < 2 ? Examples.ssb()
                : args[1].equals("rows") ? Examples.manyInOneBand() : Examples.random(Long.parseLong(args[1]));
        Files.writeString(Path.of(args[0]), new StrategyMap().svg(data), StandardCharsets.UTF_8);
    }
}
