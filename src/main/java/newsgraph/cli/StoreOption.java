package newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every command shares. */
final class StoreOption {
  static final String DEFAULT = "newsgraph-db";

  @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).",
      defaultValue = DEFAULT)
  Path store;
}
