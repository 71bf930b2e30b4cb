package newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsgraph.corpus.CorpusReader;
import newsgraph.corpus.InputProblem;
import newsgraph.entity.Mention;
import newsgraph.extract.ArticleFacts;
import newsgraph.extract.Meeting;
import newsgraph.extract.Position;
import newsgraph.extract.Quote;
import newsgraph.nlp.Sentence;
import newsgraph.nlp.Token;
import newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Shows what the pipeline reads in one article: sentences, mentions and their entities, facts and their rules. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Show the sentences, mentions, entities and facts the pipeline finds in one article (no store).")
final class InspectCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A .txt article.")
  Path file;

  @Option(names = "--tokens", description = "Also print each token with its part of speech, lemma and dependency"
      + " (relation, then the head's index).")
  boolean tokens;

  @Override
  public Integer call() {
    ArticleFacts facts;
    try {
      facts = new Pipeline(CorpusReader.DEFAULT_MAX_BYTES).process(file);
    } catch (InputProblem p) {
      System.err.println("newsgraph: " + p.line());
      return Main.SOME_FAILED;
    }
    var ed = facts.entities();
    for (Sentence s : ed.doc().sentences()) {
      System.out.println("[" + s.index() + "] " + s.span().of(ed.doc().text()).replace('\n', ' '));
      if (tokens) {
        StringBuilder sb = new StringBuilder("     ");
        for (Token t : s.tokens())
          sb.append(t.index()).append(':').append(t.word()).append('/').append(t.pos()).append('/').append(t.lemma())
              .append(' ').append(s.tree().label(t.index())).append('>').append(s.tree().head(t.index())).append("  ");
        System.out.println(sb);
      }
      for (Mention m : ed.mentionsIn(s.index()))
        System.out.println("     " + m.kind() + " '" + m.surface() + "' -> " + m.entity().key()
            + (m.entity().role() != null ? " (" + m.entity().role() + ")" : "")
            + (m.entity().country() != null ? " [" + m.entity().country() + "]" : ""));
    }
    System.out.println("== meetings");
    for (Meeting m : facts.meetings())
      System.out.println(m.status() + " " + m.participants().stream().map(e -> e.name()).toList() + " date=" + m.date()
          + " place=" + (m.place() == null ? null : m.place().name()) + " [" + m.evidence().rule() + "]");
    System.out.println("== quotes");
    for (Quote q : facts.quotes())
      System.out.println(q.kind() + " \"" + q.text().replace('\n', ' ') + "\" <- " + q.speakers().stream().map(e -> e.name()).toList()
          + " [" + q.evidence().rule() + "]");
    System.out.println("== positions");
    for (Position p : facts.positions())
      System.out.println(p.polarity() + " " + p.holder().name() + " -> \"" + p.target() + "\" [" + p.evidence().rule() + " " + p.cue() + "]");
    return Main.OK;
  }
}
