package newsgraph.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.nlp.AnnotatedDocument;
import newsgraph.nlp.Sentence;

/**
 * Turns an article's mentions into entities: full name, surname, title + surname and honorific
 * forms of one person become one entity; role descriptions ("the Russian leader") go to the person
 * holding that role, learned from titles and appositions; pronouns to the nearest person before
 * them. Consumes an {@link AnnotatedDocument}, produces an {@link EntityDocument}. Thread-safe.
 *
 * <pre>
 *   EntityDocument entities = new EntityResolver(Gazetteer.get()).resolve(annotated);
 * </pre>
 */
public final class EntityResolver {
  private static final Set<String> SPEECH_AFTER_NAME = Set.of("said", "says", "told", "added", "stressed", "warned",
      "insisted", "noted", "wrote", "tweeted", "asked", "replied", "continued", "explained", "argued", "claimed");
  private static final int PRONOUN_LOOKBACK = 3;

  private final Gazetteer gazetteer;
  private final MentionFinder finder;

  public EntityResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.finder = new MentionFinder(gazetteer);
  }

  public EntityDocument resolve(AnnotatedDocument doc) {
    List<Candidate> candidates = finder.find(doc);
    Map<String, Entity> entities = new LinkedHashMap<>();
    Map<Candidate, Entity> resolved = new HashMap<>();
    List<Candidate> persons = new ArrayList<>();

    for (Candidate c : candidates) {
      if (c.kind() == MentionKind.PRONOUN || c.kind() == MentionKind.ROLE) continue;
      if (c.type() == EntityType.PERSON) {
        persons.add(c);
      } else if (c.entity() != null) {
        Entity e = entities.computeIfAbsent(c.entity().key(), k -> c.entity());
        resolved.put(c, e);
      }
    }
    // headlines in Title Case capitalise every word: there a name is only a name the body confirms
    List<Candidate> headline = persons.stream().filter(c -> isTitleCase(doc.sentences().get(c.sentence()))).toList();
    persons.removeAll(headline);
    Map<String, Entity> fullNames = fullNamePersons(persons, entities, resolved);
    for (Candidate c : persons) if (!resolved.containsKey(c)) resolveShortName(doc, c, fullNames, persons, entities, resolved);
    for (Candidate c : headline) resolveHeadlineName(c, fullNames, entities, resolved);
    applyAppositions(doc, candidates, entities, resolved);
    for (Candidate c : candidates) if (c.kind() == MentionKind.ROLE && !resolved.containsKey(c)) resolveRole(doc, c, candidates, entities, resolved);
    for (Candidate c : candidates) if (c.kind() == MentionKind.PRONOUN) resolvePronoun(doc, c, candidates, resolved);

    List<Mention> mentions = new ArrayList<>();
    for (Candidate c : candidates) {
      Entity e = resolved.get(c);
      if (e == null) continue;
      Entity current = entities.getOrDefault(e.key(), e);
      mentions.add(new Mention(c.sentence(), c.first(), c.end(), c.span(), c.surface(), c.kind(), current));
    }
    return new EntityDocument(doc, mentions, entities, gazetteer);
  }

  /** People named with at least two name words; their title and country from titled mentions. */
  private Map<String, Entity> fullNamePersons(List<Candidate> persons, Map<String, Entity> entities,
                                              Map<Candidate, Entity> resolved) {
    Map<String, Entity> byName = new LinkedHashMap<>();
    List<String> names = persons.stream().filter(c -> c.tokenCount() >= 2).map(Candidate::name).distinct().toList();
    for (Candidate c : persons) {
      if (c.tokenCount() < 2) continue;
      // "López Obrador" after "Andrés Manuel López Obrador": the shorter name is part of the one longer name
      String longer = uniqueLongerName(c.name(), names);
      String key = longer != null ? longer : c.name();
      Entity e = byName.computeIfAbsent(key, n -> Entity.of(EntityType.PERSON, n));
      e = enrich(e, c.title(), c.country());
      byName.put(key, e);
      entities.put(e.key(), e);
      resolved.put(c, e);
    }
    return byName;
  }

  /** The one longer name of the article that contains the name's words in a row, or null. */
  private static String uniqueLongerName(String name, List<String> names) {
    String found = null;
    for (String other : names) {
      if (other.length() <= name.length() || !(" " + other + " ").contains(" " + name + " ")) continue;
      if (found != null && !other.contains(found) && !found.contains(other)) return null;
      if (found == null || other.length() > found.length()) found = other;
    }
    return found;
  }

  /** Whether a candidate stands inside quotation marks (an odd number of marks before it in its paragraph). */
  private static boolean insideQuotes(AnnotatedDocument doc, Candidate c) {
    return doc.insideQuotes(c.span().begin());
  }

  static boolean isTitleCase(Sentence s) {
    int alpha = 0, capital = 0;
    for (var t : s.tokens()) {
      if (t.word().isEmpty() || !Character.isLetter(t.word().charAt(0))) continue;
      alpha++;
      if (t.isCapitalized()) capital++;
    }
    // a sentence ends with punctuation; a headline in Title Case usually does not
    String last = s.tokens().get(s.size() - 1).word();
    boolean closed = last.equals(".") || last.equals("?") || last.equals("!") || last.equals("\"") || last.equals(":");
    return alpha >= 3 && capital >= 0.7 * alpha && !closed;
  }

  private static void resolveHeadlineName(Candidate c, Map<String, Entity> fullNames, Map<String, Entity> entities,
                                          Map<Candidate, Entity> resolved) {
    Entity whole = fullNames.get(c.name());
    if (whole != null) {
      resolved.put(c, entities.get(whole.key()));
      return;
    }
    for (String word : c.name().split(" ")) {
      for (Map.Entry<String, Entity> full : fullNames.entrySet()) {
        String[] parts = full.getKey().split(" ");
        if (parts[0].equals(word) || parts[parts.length - 1].equals(word)) {
          resolved.put(c, entities.get(full.getValue().key()));
          return;
        }
      }
    }
  }

  private static Entity enrich(Entity e, String title, String country) {
    if (e.role() == null && title != null) e = e.withRole(title);
    if (e.country() == null && country != null) e = e.withCountry(country);
    return e;
  }

  /** "Putin", "Mr. Wang", "President Xi": the full-named person with that first or last name, the nearest first. */
  private void resolveShortName(AnnotatedDocument doc, Candidate c, Map<String, Entity> fullNames,
                                List<Candidate> persons, Map<String, Entity> entities, Map<Candidate, Entity> resolved) {
    String word = c.name();
    List<String> matching = new ArrayList<>();
    for (String full : fullNames.keySet()) {
      String[] parts = full.split(" ");
      // "el-Sisi" at the start of a sentence is "El-Sisi"
      if (parts[0].equalsIgnoreCase(word) || parts[parts.length - 1].equalsIgnoreCase(word)) matching.add(full);
    }
    if (matching.isEmpty() && word.length() > 3) {
      // "Lula" for "Luiz Inacio Lula da Silva": an inner name, when only one person carries it
      for (String full : fullNames.keySet())
        if (java.util.Arrays.asList(full.split(" ")).contains(word)) matching.add(full);
      if (matching.size() > 1) matching.clear();
    }
    Entity chosen = null;
    if (matching.size() == 1) {
      chosen = entities.get(fullNames.get(matching.get(0)).key());
    } else if (matching.size() > 1) {
      // two people share a surname (Wang Yi, Wang Wenbin): the one named most recently before
      Candidate nearest = null;
      for (Candidate p : persons) {
        if (p.tokenCount() >= 2 && matching.contains(p.name()) && p.span().begin() < c.span().begin()) nearest = p;
      }
      String name = nearest != null ? nearest.name() : matching.get(0);
      chosen = entities.get(fullNames.get(name).key());
    } else if (c.isMarkedPerson() || followedBySpeech(doc, c) || (c.first() > 0 && repeated(c, persons)
        && "PROPN".equals(doc.sentences().get(c.sentence()).token(c.first()).pos()))) {
      chosen = entities.computeIfAbsent(Entity.keyOf(EntityType.PERSON, word), k -> Entity.of(EntityType.PERSON, word));
    }
    if (chosen == null) return;
    Entity enriched = enrich(chosen, c.title(), c.country());
    entities.put(enriched.key(), enriched);
    resolved.put(c, enriched);
  }

  private static boolean followedBySpeech(AnnotatedDocument doc, Candidate c) {
    Sentence s = doc.sentences().get(c.sentence());
    return c.end() < s.size() && SPEECH_AFTER_NAME.contains(s.token(c.end()).lower());
  }

  private static boolean repeated(Candidate c, List<Candidate> persons) {
    int n = 0;
    for (Candidate p : persons) if (c.name().equals(p.name())) n++;
    return n >= 2 && c.name().length() > 3;
  }

  /** "Wang Yi, China's top diplomat," and "China's top diplomat, Wang Yi,": the role is the person's. */
  private void applyAppositions(AnnotatedDocument doc, List<Candidate> candidates, Map<String, Entity> entities,
                                Map<Candidate, Entity> resolved) {
    for (int k = 0; k < candidates.size(); k++) {
      Candidate role = candidates.get(k);
      if (role.kind() != MentionKind.ROLE) continue;
      Sentence s = doc.sentences().get(role.sentence());
      Candidate person = null;
      for (Candidate c : candidates) {
        if (c.sentence() != role.sentence() || c.type() != EntityType.PERSON || c.kind() != MentionKind.NAME) continue;
        Entity e = resolved.get(c);
        if (e == null) continue;
        boolean after = c.first() == role.end() + 1 && s.token(role.end()).is(",")
            || c.first() > role.end() + 1 && c.first() <= role.end() + 9 && s.token(c.first() - 1).is(",")
            && s.token(role.end()).is("for", "of", "to", "at", "on", "in") && noCommaBetween(s, role.end(), c.first() - 1);
        int gap = role.first() - c.end();
        boolean before = gap >= 1 && gap <= 4 && s.token(c.end()).is(",") && onlyArticles(s, c.end() + 1, role.first());
        if (after || before) person = c;
      }
      if (person == null) continue;
      Entity e = entities.get(resolved.get(person).key());
      Entity enriched = enrich(e, capitalizeTitle(role.title()), role.country());
      entities.put(enriched.key(), enriched);
      resolved.put(role, enriched);
      for (Map.Entry<Candidate, Entity> entry : resolved.entrySet())
        if (entry.getValue().key().equals(enriched.key())) entry.setValue(enriched);
    }
  }

  private static boolean noCommaBetween(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) if (s.token(i).is(",")) return false;
    return true;
  }

  /** Only articles and describing words between an apposed name and its role: "X, an independent analyst". */
  private static boolean onlyArticles(Sentence s, int from, int to) {
    for (int i = from; i < to; i++)
      if (!s.token(i).is("a", "an", "the", "former") && !("ADJ".equals(s.token(i).pos()) && !s.token(i).isCapitalized())) return false;
    return true;
  }

  private static String capitalizeTitle(String title) {
    if (title == null) return null;
    StringBuilder sb = new StringBuilder();
    for (String w : title.split(" ")) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(w.equals("of") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }

  /** "the Russian leader", "China's top diplomat": the person of the article who holds that role. */
  private void resolveRole(AnnotatedDocument doc, Candidate role, List<Candidate> candidates, Map<String, Entity> entities,
                           Map<Candidate, Entity> resolved) {
    Sentence sentence = doc.sentences().get(role.sentence());
    boolean indefinite = role.first() > 0 && sentence.token(role.first() - 1).is("a", "an");
    if (indefinite && (role.entity() != null || role.country() != null)) {
      // "a White House aide", "a Chinese official": someone unnamed speaking for the body
      Entity body = role.entity() != null ? role.entity() : gazetteer.byKey(role.country()).orElse(null);
      if (body != null) {
        Entity e = entities.computeIfAbsent(body.key(), x -> body);
        resolved.put(role, e);
        return;
      }
    }
    if ("spokesperson".equals(role.roleKind()) || role.entity() != null) {
      // an unnamed spokesperson speaks for the ministry or government named with them
      Entity body = role.entity();
      if (body == null && role.country() != null) body = gazetteer.byKey(role.country()).orElse(null);
      if (body != null && "spokesperson".equals(role.roleKind())) {
        Entity e = entities.computeIfAbsent(body.key(), x -> role.entity() != null ? role.entity() : gazetteer.byKey(x).orElseThrow());
        resolved.put(role, e);
        return;
      }
      // "the spokesperson said…" with no body named: the spokesperson the article named before, as
      // for any other role
      if (role.entity() != null) return;
    }
    // a person holding the very title comes first ("the president": President Biden, not a crown
    // prince), then one whose title is of the same kind
    Candidate best = latestFitting(doc, role, candidates, entities, resolved, true);
    if (best == null) best = latestFitting(doc, role, candidates, entities, resolved, false);
    Entity chosen = best == null ? null : entities.get(resolved.get(best).key());
    boolean described = role.first() > 0 && !sentence.token(role.first() - 1).is("the", "a", "an", "his", "her", "its",
        "their", "our", "'s");
    if (role.country() == null && described && !indefinite) {
      // "the leftist leader", "the veteran diplomat": a description with no country is the person
      // the article is about, the one it has named most so far, when no one else comes close
      Entity main = mostNamed(doc, role, candidates, entities, resolved);
      if (main != null && (compatible(role, main) || main.role() == null && main.country() == null)) chosen = main;
    }
    if (chosen != null) resolved.put(role, chosen);
  }

  /**
   * The person named (outside quotes: a name a speaker utters says nothing of whom the article is
   * about) at least twice as often as any other before the role, or null.
   */
  private static Entity mostNamed(AnnotatedDocument doc, Candidate role, List<Candidate> candidates,
                                  Map<String, Entity> entities, Map<Candidate, Entity> resolved) {
    Map<String, Integer> named = new HashMap<>();
    for (Candidate c : candidates) {
      Entity e = resolved.get(c);
      if (c.type() != EntityType.PERSON || c.kind() != MentionKind.NAME || e == null
          || c.span().begin() >= role.span().begin() || insideQuotes(doc, c)) continue;
      named.merge(e.key(), 1, Integer::sum);
    }
    String top = null;
    int topCount = 0, second = 0;
    for (Map.Entry<String, Integer> n : named.entrySet()) {
      if (n.getValue() > topCount) {
        second = topCount;
        top = n.getKey();
        topCount = n.getValue();
      } else {
        second = Math.max(second, n.getValue());
      }
    }
    return top != null && topCount >= 2 * Math.max(1, second) ? entities.get(top) : null;
  }

  /**
   * The person named last before the role (else the first after it) who holds the role's very
   * title ({@code sameTitle}) or one of its kind; a name inside the quote the role reports is not
   * the role ("…to Chancellor X," the visiting premier said).
   */
  private Candidate latestFitting(AnnotatedDocument doc, Candidate role, List<Candidate> candidates,
                                  Map<String, Entity> entities, Map<Candidate, Entity> resolved, boolean sameTitle) {
    Candidate best = null;
    for (Candidate c : candidates) {
      if (c.type() != EntityType.PERSON || c.kind() == MentionKind.PRONOUN || c.kind() == MentionKind.ROLE) continue;
      if (c.sentence() == role.sentence() && insideQuotes(doc, c) && !insideQuotes(doc, role)) continue;
      Entity e = resolved.get(c);
      if (e == null) continue;
      Entity person = entities.get(e.key());
      if (sameTitle ? !sameTitle(role, person) : !compatible(role, person)) continue;
      boolean before = c.span().begin() < role.span().begin();
      if (best == null || (before && (best.span().begin() > role.span().begin() || c.span().begin() > best.span().begin())))
        best = c;
    }
    return best;
  }

  /** Whether the person holds the role's own title word, in a country the role allows. */
  private static boolean sameTitle(Candidate role, Entity person) {
    if (person.role() == null) return false;
    if (role.country() != null && !role.country().equals(person.country())) return false;
    String title = role.title() == null ? "" : role.title().replaceAll("^(the |a |an )", "");
    String roleHead = title.contains(" ") ? title.substring(title.lastIndexOf(' ') + 1) : title;
    String personTitle = person.role().toLowerCase(Locale.ROOT);
    return !roleHead.isEmpty() && (personTitle.endsWith(roleHead) || personTitle.contains(title));
  }

  private boolean compatible(Candidate role, Entity person) {
    if (person.role() == null && person.country() == null) return false;
    if (role.country() != null && person.country() != null && !role.country().equals(person.country())) return false;
    if (role.country() != null && person.country() == null) return false;
    String title = role.title() == null ? "" : role.title().replaceAll("^(the |a |an )", "");
    String personTitle = person.role() == null ? "" : person.role().toLowerCase(Locale.ROOT);
    String roleHead = title.contains(" ") ? title.substring(title.lastIndexOf(' ') + 1) : title;
    if (!personTitle.isEmpty() && (personTitle.endsWith(roleHead) || personTitle.contains(title))) return true;
    String personKind = person.role() == null ? null : gazetteer.titleKind(lastTitleWords(personTitle));
    String kind = role.roleKind();
    if (kind == null || personKind == null) return false;
    if (kind.equals(personKind)) return true;
    if (kind.equals("head") && personKind.equals("royal")) return true;
    return (kind.equals("diplomat") || kind.equals("foreign")) && (personKind.equals("foreign") || personKind.equals("diplomat"));
  }

  private String lastTitleWords(String title) {
    String[] words = title.split(" ");
    for (int i = 0; i < words.length; i++) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
      if (gazetteer.titleKind(tail) != null) return tail;
    }
    return title;
  }

  /** he/she/him/his/her: the nearest person before it in the sentence, else the first of a recent sentence. */
  private void resolvePronoun(AnnotatedDocument doc, Candidate pronoun, List<Candidate> candidates,
                              Map<Candidate, Entity> resolved) {
    // the subject (the first person of the sentence) before the nearest: "Wang's talks with Lavrov followed his meeting"
    Candidate inSentence = null;
    // an object pronoun is not its own clause's subject: "Lavrov welcomed him"
    boolean object = pronoun.surface().equalsIgnoreCase("him") || pronoun.surface().equals("her")
        && pronoun.end() < doc.sentences().get(pronoun.sentence()).size()
        && !"NOUN".equals(doc.sentences().get(pronoun.sentence()).token(pronoun.end()).pos())
        && !"ADJ".equals(doc.sentences().get(pronoun.sentence()).token(pronoun.end()).pos());
    for (Candidate c : candidates) {
      if (object) break;
      if (c.sentence() != pronoun.sentence() || c.first() >= pronoun.first()) continue;
      if (insideQuotes(doc, c) != insideQuotes(doc, pronoun)) continue;
      Entity e = resolved.get(c);
      if (e != null && e.type() == EntityType.PERSON && inSentence == null) inSentence = c;
    }
    if (inSentence != null) {
      resolved.put(pronoun, resolved.get(inSentence));
      return;
    }
    for (int back = 1; back <= PRONOUN_LOOKBACK && pronoun.sentence() - back >= 0; back++) {
      int sentence = pronoun.sentence() - back;
      for (Candidate c : candidates) {
        if (c.sentence() != sentence || insideQuotes(doc, c)) continue;
        Entity e = resolved.get(c);
        if (e != null && e.type() == EntityType.PERSON) {
          resolved.put(pronoun, e);
          return;
        }
      }
    }
  }
}
