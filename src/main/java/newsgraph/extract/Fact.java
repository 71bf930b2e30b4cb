package newsgraph.extract;

/** A fact found in one article, with the evidence that states it. */
public sealed interface Fact permits Meeting, Quote, Position {
  Evidence evidence();
}
