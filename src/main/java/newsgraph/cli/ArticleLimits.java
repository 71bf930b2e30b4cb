package newsgraph.cli;

import newsgraph.corpus.CorpusReader;
import picocli.CommandLine.Option;

/** The limits on one article that {@code build} and {@code spark} share: its size and its processing time. */
public final class ArticleLimits {
  @Option(names = "--article-timeout", paramLabel = "SECONDS", description = "Skip an article whose processing takes"
      + " longer than this (default: ${DEFAULT-VALUE}).", defaultValue = "10")
  public int articleTimeout;

  @Option(names = "--max-bytes", description = "Skip articles larger than this (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + CorpusReader.DEFAULT_MAX_BYTES)
  public long maxBytes;
}
