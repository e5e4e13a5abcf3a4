package org.w3id.cityrights.cli;

import java.io.PrintWriter;

import org.w3id.cityrights.build.BuildException;
import org.w3id.cityrights.importer.DataFileException;
import org.w3id.cityrights.store.RemoteSetupException;
import org.w3id.cityrights.store.StoreUnavailableException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar cityrights.jar <command>}: parses arguments, runs one command, exits with its code. */
@Command(name = "cityrights", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A linked-data knowledge graph of city human-rights commitments, with a SPARQL 1.1 endpoint.",
        subcommands = {BuildCommand.class, ServeCommand.class, ValidateCommand.class, ReportCommand.class, LoadCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 data or validation error, 2 usage error."})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int DATA_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: build, serve, validate, report or load");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (used by tests that start no new JVM). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::onException);
        return cli.execute(args);
    }

    private static int onException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof BuildException || e instanceof DataFileException
                || e instanceof StoreUnavailableException || e instanceof RemoteSetupException) {
            err.println("error: " + e.getMessage());
        } else {
            err.println("error: " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return DATA_ERROR;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cityrights " + (v == null ? "(development build)" : v)};
        }
    }
}
