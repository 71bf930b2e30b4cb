package newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsgraph.rdf.Iris;
import newsgraph.rdf.Vocab;
import newsgraph.store.GraphStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * One identity across the store, after the articles are written, in one write transaction:
 * <ol>
 *   <li>spellings of one name ("Sergei Lavrov", "Sergey Lavrov") become the spelling most articles use;
 *   <li>the user's {@link Curation} merges are applied;
 *   <li>a person an article names only by surname ("Putin") becomes the one person another article
 *       names in full ("Vladimir Putin"), unless the curation keeps them apart.
 * </ol>
 * Each step re-mints the IRI in the graphs that use it and keeps the old name as an alias, so the
 * same corpus gives the same IRIs in any order and each article graph still says only what its
 * article said.
 */
public final class IdentityStep {
  private final Iris iris;
  private final Curation curation;

  public IdentityStep(Iris iris, Curation curation) {
    this.iris = iris;
    this.curation = curation;
  }

  /** Returns how many person IRIs were merged into others. */
  public int apply(GraphStore store) {
    DatasetGraph dsg = store.dataset().asDatasetGraph();
    return Txn.calculateWrite(store.dataset(), () -> {
      int merged = 0;
      Map<Node, Person> persons = persons(dsg);
      int step = rewriteAll(dsg, persons, spellingVariants(persons));
      merged += step;
      if (step > 0) persons = persons(dsg);
      step = rewriteAll(dsg, persons, curated(persons));
      merged += step;
      if (step > 0) persons = persons(dsg);
      merged += rewriteAll(dsg, persons, surnames(persons));
      joinEvents(dsg);
      return merged;
    });
  }

  /** A person IRI with its name and the number of article graphs that use it. */
  private record Person(Node iri, String name, int graphs) {}

  private Map<Node, Person> persons(DatasetGraph dsg) {
    Node personClass = NodeFactory.createURI(Vocab.SCHEMA + "Person");
    Node name = Vocab.name.asNode();
    Map<Node, Integer> counts = new HashMap<>();
    dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), personClass).forEachRemaining(q -> {
      Node s = q.getSubject();
      if (s.isURI() && s.getURI().startsWith(iris.base() + "person/")) counts.merge(s, 1, Integer::sum);
    });
    // one pass over all names, not a lookup per article and person: the linking tail of a build
    // runs on one core
    Map<Node, String> names = new HashMap<>();
    dsg.find(Node.ANY, Node.ANY, name, Node.ANY).forEachRemaining(q -> {
      if (counts.containsKey(q.getSubject())) names.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
    });
    Map<Node, Person> out = new LinkedHashMap<>();
    names.keySet().stream().sorted(Comparator.comparing(Node::getURI))
        .forEach(n -> out.put(n, new Person(n, names.get(n), counts.getOrDefault(n, 0))));
    return out;
  }

  /** "Sergey Lavrov" and "Sergei Lavrov", "Vladimir V. Putin" and "Vladimir Putin": one person. */
  private Map<Node, Node> spellingVariants(Map<Node, Person> persons) {
    Map<String, List<Person>> bySurname = new HashMap<>();
    for (Person p : persons.values()) {
      String[] parts = p.name().split(" ");
      if (parts.length >= 2) bySurname.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(p);
    }
    Map<Node, Node> merges = new HashMap<>();
    for (List<Person> group : bySurname.values()) {
      group.sort(PREFERRED);
      for (int i = 0; i < group.size(); i++) {
        Person keep = group.get(i);
        if (merges.containsKey(keep.iri())) continue;
        for (int j = i + 1; j < group.size(); j++) {
          Person other = group.get(j);
          if (!merges.containsKey(other.iri()) && sameName(keep.name(), other.name()) && !curation.apart(keep.name(), other.name()))
            merges.put(other.iri(), keep.iri());
        }
      }
    }
    return merges;
  }

  /** The spelling most articles use, then the shorter, then the first alphabetically. */
  private static final Comparator<Person> PREFERRED = Comparator.comparingInt((Person p) -> -p.graphs())
      .thenComparingInt(p -> p.name().length()).thenComparing(Person::name);

  static boolean sameName(String a, String b) {
    String[] x = a.split(" "), y = b.split(" ");
    if (!x[x.length - 1].equals(y[y.length - 1])) return false;
    if (x.length == y.length && x.length == 2)
      return x[0].length() >= 4 && y[0].length() >= 4 && editDistance(x[0], y[0]) <= 1 || transposed(x[0], y[0]);
    // a middle name more or less: same first and last name
    return x.length != y.length && x[0].equals(y[0]);
  }

  /** Two neighbouring letters swapped, a common typo ("Moa" for "Mao"). */
  static boolean transposed(String a, String b) {
    if (a.length() != b.length() || a.length() < 3 || a.equals(b)) return false;
    int i = 0;
    while (a.charAt(i) == b.charAt(i)) i++;
    return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++)
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private Map<Node, Node> curated(Map<Node, Person> persons) {
    Map<Node, Node> merges = new HashMap<>();
    Map<String, Node> byName = new HashMap<>();
    for (Person p : persons.values()) byName.put(p.name(), p.iri());
    for (Person p : persons.values()) {
      String target = curation.canonical(p.name());
      if (target == null || target.equals(p.name())) continue;
      Node to = byName.get(target);
      if (to == null) to = NodeFactory.createURI(iris.base() + newsgraph.entity.Entity.keyOf(newsgraph.entity.EntityType.PERSON, target));
      merges.put(p.iri(), to);
    }
    return merges;
  }

  private Map<Node, Node> surnames(Map<Node, Person> persons) {
    Map<Node, Node> merges = new HashMap<>();
    for (Person p : persons.values()) {
      if (p.name().contains(" ")) continue;
      Set<Node> full = new TreeSet<>(Comparator.comparing(Node::getURI));
      for (Person other : persons.values()) {
        String[] parts = other.name().split(" ");
        if (parts.length >= 2 && (parts[parts.length - 1].equals(p.name()) || parts[0].equals(p.name()))
            && !curation.apart(p.name(), other.name()))
          full.add(other.iri());
      }
      if (full.size() == 1) merges.put(p.iri(), full.iterator().next());
    }
    return merges;
  }

  /** Merges each person into its target, as {@code persons} (read before the merges) names them. */
  private int rewriteAll(DatasetGraph dsg, Map<Node, Person> persons, Map<Node, Node> merges) {
    for (Map.Entry<Node, Node> m : merges.entrySet()) {
      Person to = persons.get(m.getValue());
      String newName = to != null ? to.name() : curation.canonical(persons.get(m.getKey()).name());
      rewrite(dsg, m.getKey(), m.getValue(), persons.get(m.getKey()).name(), newName);
    }
    return merges.size();
  }

  /**
   * Events are keyed by day and participants: after the people are merged, every event gets the IRI
   * its current participants give it, and an undated report joins the one dated event of the same
   * participants that took place within a week before its article was published.
   */
  private void joinEvents(DatasetGraph dsg) {
    Node meetingClass = NodeFactory.createURI(newsgraph.rdf.NG.NS + "Meeting");
    Node hasActor = Vocab.hasActor.asNode(), name = Vocab.name.asNode();
    Map<Node, String> keys = new LinkedHashMap<>();
    dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), meetingClass).forEachRemaining(q -> {
      Node event = q.getSubject();
      if (keys.containsKey(event) || !event.getURI().startsWith(iris.base() + "event/")) return;
      Set<String> slugs = new TreeSet<>();
      dsg.find(Node.ANY, event, hasActor, Node.ANY).forEachRemaining(a ->
          dsg.find(a.getGraph(), a.getObject(), name, Node.ANY).forEachRemaining(n ->
              slugs.add(newsgraph.entity.Entity.slug(n.getObject().getLiteralLexicalForm()))));
      String rest = event.getURI().substring((iris.base() + "event/").length());
      String date = rest.substring(0, rest.indexOf('/'));
      keys.put(event, date + "/" + String.join("--", slugs));
    });
    Map<Node, Node> renames = new HashMap<>();
    for (Map.Entry<Node, String> e : keys.entrySet()) {
      String key = e.getValue();
      if (key.startsWith("undated/")) {
        String who = key.substring("undated/".length());
        java.time.LocalDate published = publishedOfReports(dsg, e.getKey());
        List<String> dated = keys.values().stream().distinct()
            .filter(k -> !k.startsWith("undated/") && k.endsWith("/" + who) && k.indexOf('/') == 10)
            .filter(k -> published != null && withinWeekBefore(k.substring(0, 10), published)).toList();
        if (dated.size() == 1) key = dated.get(0);
      }
      Node target = NodeFactory.createURI(iris.base() + "event/" + key);
      if (!target.equals(e.getKey())) renames.put(e.getKey(), target);
    }
    renames.forEach((from, to) -> rename(dsg, from, to));
  }

  private static boolean withinWeekBefore(String day, java.time.LocalDate published) {
    long d = published.toEpochDay() - java.time.LocalDate.parse(day).toEpochDay();
    return d >= 0 && d <= 7;
  }

  /** The publication date of the article of one report of the event, if any. */
  private static java.time.LocalDate publishedOfReports(DatasetGraph dsg, Node event) {
    Node reports = newsgraph.rdf.NG.reports.asNode(), published = Vocab.datePublished.asNode();
    java.time.LocalDate[] found = {null};
    dsg.find(Node.ANY, Node.ANY, reports, event).forEachRemaining(r ->
        dsg.find(r.getGraph(), Node.ANY, published, Node.ANY).forEachRemaining(p -> {
          if (found[0] == null) found[0] = java.time.LocalDate.parse(p.getObject().getLiteralLexicalForm());
        }));
    return found[0];
  }

  private static void rename(DatasetGraph dsg, Node from, Node to) {
    rewrite(dsg, from, to, null, null);
  }

  /**
   * Moves every quad that uses {@code from} to {@code to}; given names, the merged entity takes the
   * new name and keeps the old one as an alias.
   */
  private static void rewrite(DatasetGraph dsg, Node from, Node to, String oldName, String newName) {
    List<Quad> old = new ArrayList<>();
    dsg.find(Node.ANY, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
    dsg.find(Node.ANY, Node.ANY, Node.ANY, from).forEachRemaining(old::add);
    Node name = Vocab.name.asNode(), label = RDFS.label.asNode();
    for (Quad q : old) {
      dsg.delete(q);
      Node s = q.getSubject().equals(from) ? to : q.getSubject();
      Node o = q.getObject().equals(from) ? to : q.getObject();
      Node p = q.getPredicate();
      if (newName != null && s.equals(to) && (p.equals(name) || p.equals(label))) {
        if (p.equals(name)) dsg.add(q.getGraph(), to, Vocab.altLabel.asNode(), NodeFactory.createLiteralString(oldName));
        dsg.add(q.getGraph(), to, p, NodeFactory.createLiteralString(newName));
        continue;
      }
      dsg.add(q.getGraph(), s, p, o);
    }
  }
}
