package newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command line: build, query, export, validate.
 *
 * <pre>
 *   newsgraph build --store newsgraph-db corpus
 *   newsgraph query --store newsgraph-db --format csv queries/meetings.rq
 * </pre>
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Builds a knowledge graph of meetings, quotes and positions from news articles.",
    subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, ValidateCommand.class,
        RemoveCommand.class, InspectCommand.class, ServeCommand.class, LoadCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
  /** Exit codes: all went well, some inputs failed, usage or fatal error. */
  public static final int OK = 0, SOME_FAILED = 1, FATAL = 2;

  /** No command given: the usage, and the usage error's exit code (issue 17: it was 0). */
  @Override
  public Integer call() {
    System.err.println("newsgraph: no command given");
    CommandLine.usage(this, System.err);
    return FATAL;
  }

  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.addSubcommand("spark", sparkCommand());
    cl.setExitCodeExceptionMapper(e -> FATAL);
    // issue 17: "newsgraph frobnicate --help" printed the usage and exited 0; an unknown command is an error
    if (args.length > 0 && !args[0].startsWith("-") && !cl.getSubcommands().containsKey(args[0])) {
      cl.getErr().println("newsgraph: unknown command '" + args[0] + "' (commands: "
          + String.join(", ", cl.getSubcommands().keySet()) + ")");
      return FATAL;
    }
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("newsgraph: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return FATAL;
    });
    return cl.execute(args);
  }

  /**
   * The Spark job's command when its jar and Spark are on the class path (bin/newsgraph spark,
   * spark-submit of newsgraph-spark.jar), else a command that says how to run it.
   */
  private static Object sparkCommand() {
    try {
      return Class.forName("newsgraph.spark.SparkCommand").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      return new SparkUnavailable();
    }
  }

  @Command(name = "spark", description = "Build on Apache Spark (run it as 'bin/newsgraph spark', or spark-submit"
      + " target/newsgraph-spark.jar).")
  static final class SparkUnavailable implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Unmatched java.util.List<String> ignored;

    @Override
    public Integer call() {
      System.err.println("newsgraph: spark: the Spark job is not on the class path: run it as 'bin/newsgraph spark …'"
          + " (which adds Spark's jars), or 'spark-submit target/newsgraph-spark.jar spark …' on a cluster");
      return FATAL;
    }
  }

  public static void main(String[] args) {
    // results are UTF-8 whatever the platform's default (CSV of names like "Nicolás Maduro")
    System.setOut(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
        java.nio.charset.StandardCharsets.UTF_8));
    System.setErr(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        java.nio.charset.StandardCharsets.UTF_8));
    int code = execute(args);
    System.out.flush();
    System.exit(code);
  }

  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newsgraph " + version()};
    }
  }
}
