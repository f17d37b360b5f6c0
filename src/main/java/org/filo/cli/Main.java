package org.filo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./filo}: dispatches to the subcommands. Exit codes as in cli.md. */
@Command(name = "filo", mixinStandardHelpOptions = true, version = "filo 0.1.0",
        description = "Communication events between political and military actors, from Italian news.",
        subcommands = {ExtractCommand.class, EvalCommand.class, EvalNerCommand.class, BenchNerCommand.class,
                BenchCommand.class, ReportCommand.class, DatasetCommand.class, FurnitureCommand.class,
                SparkCommand.class})
public final class Main {
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_CONFIG = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> 1);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            // a typo ("extrct") gets the near command or option, not the whole usage again
            if (ex instanceof CommandLine.UnmatchedArgumentException u
                    && CommandLine.UnmatchedArgumentException.printSuggestions(u, ex.getCommandLine().getErr())) {
                return EXIT_USAGE;
            }
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_USAGE;
        });
        return cli.execute(args);
    }
}
