package newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a predicate's arguments off a sentence's dependency tree, the one API the extractors ask
 * "who did it, to whom, with whom" through: its subjects (coordinations expanded; a controlled
 * clause's subject from its controller: "X agreed to meet Y"; a relative clause's from its
 * antecedent), objects, prepositional arguments, passive agent, complement clause, and the
 * predicates that govern it (the scope its status is read from). Stateless and thread-safe.
 */
public final class ClauseReader {
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubjpass", "csubj", "csubjpass");
  /** relations through which a predicate sits inside another's scope: "refused to meet", "plans for talks" */
  private static final Set<String> GOVERNED = Set.of("xcomp", "ccomp", "dobj", "pobj", "pcomp", "acl", "nsubjpass",
      "nsubj", "advcl", "conj", "attr", "oprd");

  private ClauseReader() {}

  /** Token t and the tokens coordinated with it ("X, Y and Z"), left to right. */
  public static List<Integer> coordinated(Sentence s, int t) {
    List<Integer> out = new ArrayList<>();
    addCoordinated(s.tree(), t, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private static void addCoordinated(DependencyTree tree, int t, List<Integer> out, int depth) {
    if (out.contains(t) || depth > 10) return;
    out.add(t);
    for (int c : tree.children(t)) if (tree.label(c).equals("conj")) addCoordinated(tree, c, out, depth + 1);
  }

  /** The first dependent of p with one of the relations, or -1. */
  public static int child(Sentence s, int p, Set<String> relations) {
    for (int c : s.tree().children(p)) if (relations.contains(s.tree().label(c))) return c;
    return -1;
  }

  public static int child(Sentence s, int p, String relation) {
    return child(s, p, Set.of(relation));
  }

  /**
   * The subjects of predicate p, coordinated ones included. Without a subject of its own a
   * predicate takes its controller's ("X agreed to meet Y", "X arrived and met Y") or, in a
   * relative clause, its antecedent's ("X, who met Y").
   */
  public static List<Integer> subjects(Sentence s, int p) {
    DependencyTree tree = s.tree();
    for (int guard = 0; p >= 0 && guard < 6; guard++) {
      List<Integer> found = new ArrayList<>();
      // a mis-parsed coordination may give two subject dependents ("X and Y welcomed"): both count
      for (int c : tree.children(p))
        if (SUBJECTS.contains(tree.label(c))) for (int x : coordinated(s, c)) if (!found.contains(x)) found.add(x);
      if (!found.isEmpty()) return found;
      String rel = tree.label(p);
      int head = tree.head(p);
      if (head < 0) return List.of();
      if (rel.equals("relcl") || rel.equals("acl")) return coordinated(s, head);
      if (!rel.equals("xcomp") && !rel.equals("conj") && !rel.equals("advcl")) return List.of();
      p = head;
    }
    return List.of();
  }

  /** The direct objects of p, coordinated ones included. */
  public static List<Integer> objects(Sentence s, int p) {
    int o = child(s, p, Set.of("dobj", "dative"));
    return o < 0 ? List.of() : coordinated(s, o);
  }

  /** The objects of p's prepositions with one of the given lemmas ("with", "between"), coordinated ones included. */
  public static List<Integer> prepositionObjects(Sentence s, int p, Set<String> prepositions) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.tree().children(p)) {
      String rel = s.tree().label(c);
      if (!(rel.equals("prep") || rel.equals("agent") || rel.equals("dative")) || !prepositions.contains(s.token(c).lemma()))
        continue;
      for (int o : s.tree().children(c))
        if (s.tree().label(o).equals("pobj")) for (int x : coordinated(s, o)) if (!out.contains(x)) out.add(x);
    }
    return out;
  }

  /** The passive agent of p ("was hosted by X"). */
  public static List<Integer> agents(Sentence s, int p) {
    return prepositionObjects(s, p, Set.of("by"));
  }

  /**
   * The complement clause of p ("said that …"), or -1. A "that" clause after p that the parser hung
   * as adverbial ("saying that X welcomed …") is one too.
   */
  public static int complement(Sentence s, int p) {
    int clause = child(s, p, Set.of("ccomp"));
    for (int c : s.tree().children(p))
      if (clause < 0 && c > p && s.tree().label(c).equals("advcl")
          && children(s, c, "mark").stream().anyMatch(m -> s.token(m).lower().equals("that"))) clause = c;
    return clause;
  }

  /**
   * The first and last token of p's complement clause. A second complement of p that follows it
   * at once with no subject of its own is the same clause, split by the parser: in "said that he
   * hopes efforts to restore ties will improve lives" it hangs "will improve lives" on "said", with
   * "efforts" as the object of "hopes".
   */
  public static int[] complementExtent(Sentence s, int p, int clause) {
    int[] extent = s.tree().extent(clause);
    for (int c : s.tree().children(p)) {
      if (c <= extent[1] || !s.tree().label(c).equals("ccomp")) continue;
      int[] next = s.tree().extent(c);
      if (next[0] == extent[1] + 1 && child(s, c, Set.of("nsubj", "nsubjpass", "expl")) < 0) extent[1] = next[1];
    }
    return extent;
  }

  /** The possessor of noun n ("X's meeting"), or -1. */
  public static int possessor(Sentence s, int n) {
    return child(s, n, "poss");
  }

  /**
   * The chain of predicates whose scope p lies in, p first: "refused to meet" gives meet, refuse;
   * "plans for talks" gives talks, for, plans. Stops at a reporting clause's complement boundary
   * after the first clause (a claim's verb is not the event's scope).
   */
  public static List<Integer> scope(Sentence s, int p) {
    DependencyTree tree = s.tree();
    List<Integer> out = new ArrayList<>();
    int at = p;
    for (int guard = 0; at >= 0 && guard < 8; guard++) {
      out.add(at);
      String rel = tree.label(at);
      int head = tree.head(at);
      if (head < 0 || !(GOVERNED.contains(rel) || rel.equals("prep"))) break;
      // a reported claim, a second clause or an adverbial clause has its own scope; an infinitive
      // of purpose ("was slated to meet", often parsed as advcl) lies in its head's
      if (rel.equals("ccomp") || rel.equals("conj") || rel.equals("advcl") && !infinitive(s, at)) break;
      at = head;
    }
    return out;
  }

  /** Whether predicate p is an infinitive ("to meet"). */
  public static boolean infinitive(Sentence s, int p) {
    for (int c : s.tree().children(p)) if (s.tree().label(c).equals("aux") && s.token(c).lower().equals("to")) return true;
    return false;
  }

  /** Dependents of t with the relation, over all of them. */
  public static List<Integer> children(Sentence s, int t, String relation) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.tree().children(t)) if (s.tree().label(c).equals(relation)) out.add(c);
    return out;
  }
}
