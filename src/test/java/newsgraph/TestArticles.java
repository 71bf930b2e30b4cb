package newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newsgraph.corpus.Article;
import newsgraph.corpus.ArticleMeta;
import newsgraph.corpus.InputProblem;
import newsgraph.entity.Entity;
import newsgraph.extract.ArticleFacts;
import newsgraph.extract.Fact;
import newsgraph.extract.Meeting;
import newsgraph.extract.Position;
import newsgraph.extract.Quote;
import newsgraph.pipeline.Pipeline;

/** Runs the whole pipeline on invented text and renders facts as one-line strings that read like a diff. */
public final class TestArticles {
  private static final Pipeline PIPELINE = new Pipeline(1 << 20);
  public static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15); // a Wednesday

  private TestArticles() {}

  public static ArticleFacts facts(String text) {
    return facts(text, PUBLISHED);
  }

  public static ArticleFacts facts(String text, LocalDate published) {
    try {
      ArticleFacts facts = PIPELINE.process(Article.of("test", text, new ArticleMeta(null, null, null, published, "en")));
      checkInvariants(text, facts);
      return facts;
    } catch (InputProblem e) {
      throw new AssertionError(e.line(), e);
    }
  }

  /** Spans inside the text, evidence covering the fact, no fact twice. */
  private static void checkInvariants(String text, ArticleFacts facts) {
    List<Fact> all = new ArrayList<>();
    all.addAll(facts.meetings());
    all.addAll(facts.quotes());
    all.addAll(facts.positions());
    Set<String> seen = new HashSet<>();
    for (Fact f : all) {
      assertTrue(f.evidence().span().end() <= text.length(), "span inside the text: " + f);
      assertTrue(f.evidence().sentence().end() <= text.length(), "sentence inside the text: " + f);
      assertTrue(seen.add(render(f)), "fact found twice: " + render(f));
    }
    for (Quote q : facts.quotes()) assertTrue(q.span().end() <= text.length(), "quote span inside the text");
  }

  public static List<String> quotes(String text) {
    return facts(text).quotes().stream().map(TestArticles::render).toList();
  }

  public static List<String> meetings(String text) {
    return facts(text).meetings().stream().map(TestArticles::render).toList();
  }

  public static List<String> positions(String text) {
    return facts(text).positions().stream().map(TestArticles::render).toList();
  }

  public static String render(Fact f) {
    if (f instanceof Quote q)
      return q.kind().name().toLowerCase() + " \"" + q.text() + "\" <- " + names(q.speakers());
    if (f instanceof Meeting m)
      return m.status().name().toLowerCase() + " " + names(m.participants()) + " date=" + m.date() + " place="
          + (m.place() == null ? "-" : m.place().name());
    Position p = (Position) f;
    return p.polarity().name().toLowerCase() + " " + p.holder().name() + " -> \"" + p.target() + "\"";
  }

  private static String names(List<Entity> entities) {
    return entities.stream().map(Entity::name).collect(Collectors.joining(" & "));
  }
}
