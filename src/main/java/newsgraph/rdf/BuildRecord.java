package newsgraph.rdf;

import java.time.Instant;
import newsgraph.entity.Gazetteer;
import newsgraph.extract.Lexicon;
import newsgraph.nlp.NlpModels;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;

/** A build as a {@code prov:Activity}: when, with which version of the tool, which models and gazetteers. */
public final class BuildRecord {
  private BuildRecord() {}

  public static Model of(Iris iris, String version, Instant started, Instant ended, int articles, int failures) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(Prefixes.map());
    Resource build = m.createResource(iris.base() + "build/" + started.toString().replace(':', '-'), Vocab.Activity);
    build.addProperty(org.apache.jena.vocabulary.RDF.type, NG.Build);
    build.addProperty(Vocab.startedAtTime, m.createTypedLiteral(started.toString(), XSDDatatype.XSDdateTime));
    build.addProperty(Vocab.endedAtTime, m.createTypedLiteral(ended.toString(), XSDDatatype.XSDdateTime));
    Resource tool = m.createResource(iris.base() + "tool/newsgraph/" + version, Vocab.SoftwareAgent);
    tool.addProperty(Vocab.name, "newsgraph");
    tool.addProperty(Vocab.version, version);
    build.addProperty(Vocab.wasAssociatedWith, tool);
    for (String model : new String[] {NlpModels.SENTENCE, NlpModels.TOKENS, NlpModels.POS})
      build.addProperty(Vocab.used, m.createResource("urn:x-newsgraph:model:" + model).addProperty(Vocab.name, model));
    for (String file : Gazetteer.FILES)
      build.addProperty(Vocab.used, m.createResource("urn:x-newsgraph:gazetteer:" + file).addProperty(Vocab.name, file));
    for (String file : Lexicon.FILES)
      build.addProperty(Vocab.used, m.createResource("urn:x-newsgraph:lexicon:" + file).addProperty(Vocab.name, file));
    build.addLiteral(m.createProperty(NG.NS, "articles"), articles);
    build.addLiteral(m.createProperty(NG.NS, "failures"), failures);
    return m;
  }
}
