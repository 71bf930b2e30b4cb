package newsgraph.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.QuoteMarks;

/**
 * An annotated article with its mentions resolved to entities: what the extractors read.
 * Immutable.
 */
public final class EntityDocument {
  private final AnnotatedDocument doc;
  private final List<Mention> mentions;
  private final Map<String, Entity> entities;
  private final List<List<Mention>> bySentence;
  private final Gazetteer gazetteer;
  private final List<QuoteMarks.Quoted> quoted;

  public EntityDocument(AnnotatedDocument doc, List<Mention> mentions, Map<String, Entity> entities, Gazetteer gazetteer) {
    this.doc = doc;
    this.mentions = mentions.stream().sorted(Comparator.comparing(Mention::span)).toList();
    this.entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    this.gazetteer = gazetteer;
    List<List<Mention>> lists = new ArrayList<>();
    for (int i = 0; i < doc.sentences().size(); i++) lists.add(new ArrayList<>());
    for (Mention m : this.mentions) lists.get(m.sentence()).add(m);
    this.bySentence = lists.stream().map(List::copyOf).toList();
    this.quoted = List.copyOf(QuoteMarks.find(doc));
  }

  public AnnotatedDocument doc() {
    return doc;
  }

  /** The spans inside quotation marks, found once for all the extractors. */
  public List<QuoteMarks.Quoted> quoted() {
    return quoted;
  }

  public List<Mention> mentions() {
    return mentions;
  }

  public List<Mention> mentionsIn(int sentence) {
    return bySentence.get(sentence);
  }

  public Collection<Entity> entities() {
    return entities.values();
  }

  public Optional<Entity> entity(String key) {
    return Optional.ofNullable(entities.get(key));
  }

  /**
   * The actor a mention stands for when it does or says something: a capital or a seat of
   * government stands for its country ("the Kremlin said"), per the annotation guidelines.
   */
  public Entity actor(Mention m) {
    Entity e = m.entity();
    if (e.governs() && e.country() != null) {
      Entity country = entities.get(e.country());
      if (country != null) return country;
      return gazetteer.byKey(e.country()).orElse(e);
    }
    return e;
  }

  /** The country a person or place belongs to ("President Obama": the United States), if known. */
  public Optional<Entity> countryOf(Entity e) {
    if (e.country() == null) return Optional.empty();
    Entity country = entities.get(e.country());
    return country != null ? Optional.of(country) : gazetteer.byKey(e.country());
  }

  /** The mention whose tokens cover token {@code index} of the sentence, preferring the longest. */
  public Optional<Mention> at(int sentence, int index) {
    Mention best = null;
    for (Mention m : bySentence.get(sentence))
      if (m.first() <= index && index < m.end() && (best == null || m.end() - m.first() > best.end() - best.first()))
        best = m;
    return Optional.ofNullable(best);
  }
}
