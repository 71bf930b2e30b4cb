package newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The newsgraph vocabulary ({@code ontology/newsgraph.ttl}), fixed whatever the data's base IRI. */
public final class NG {
  public static final String NS = "https://w3id.org/newsgraph/ns#";

  public static final Resource Meeting = r("Meeting");
  public static final Resource MeetingReport = r("MeetingReport");
  public static final Resource Stance = r("Stance");
  public static final Resource Mention = r("Mention");
  public static final Resource Build = r("Build");
  public static final Resource Direct = r("Direct");
  public static final Resource Indirect = r("Indirect");
  public static final Resource InPerson = r("InPerson");
  public static final Resource Call = r("Call");

  public static final Property reports = p("reports");
  public static final Property status = p("status");
  public static final Property mode = p("mode");
  public static final Property kind = p("kind");
  public static final Property speaker = p("speaker");
  public static final Property speechVerb = p("speechVerb");
  public static final Property addressee = p("addressee");
  public static final Property holder = p("holder");
  public static final Property polarity = p("polarity");
  public static final Property target = p("target");
  public static final Property targetLabel = p("targetLabel");
  public static final Property cue = p("cue");
  public static final Property evidence = p("evidence");
  public static final Property sentence = p("sentence");
  public static final Property rule = p("rule");
  public static final Property confidence = p("confidence");
  public static final Property mentionOf = p("mentionOf");
  public static final Property role = p("role");
  public static final Property affiliation = p("affiliation");
  public static final Property baseIri = p("baseIri");
  public static final Property sourceFile = p("sourceFile");
  public static final Property contentHash = p("contentHash");
  public static final Property sourcePath = p("sourcePath");
  public static final Property buildInProgress = p("buildInProgress");

  private NG() {}

  public static Resource term(String localName) {
    return r(localName);
  }

  private static Resource r(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property p(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
