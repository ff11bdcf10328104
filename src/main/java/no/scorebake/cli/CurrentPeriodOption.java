package no.scorebake.cli;

import java.time.YearMonth;
import picocli.CommandLine.Option;

/** The {@code --period P} option of the commands that bake: which month is the current one. */
final class CurrentPeriodOption {

    @Option(names = "--period", paramLabel = "P", converter = BuildCommand.MonthConverter.class,
            description = "the current period, a month like 2005-08 (default: site.yaml's period, else the latest with data)")
    YearMonth period;
}
