package newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms newsgraph reuses from schema.org, SEM, PROV-O, Web Annotation and NIF. */
public final class Vocab {
  public static final String SCHEMA = "https://schema.org/";
  public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String OA = "http://www.w3.org/ns/oa#";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

  public static final Resource NewsArticle = ResourceFactory.createResource(SCHEMA + "NewsArticle");
  public static final Resource Quotation = ResourceFactory.createResource(SCHEMA + "Quotation");
  public static final Resource TextPositionSelector = ResourceFactory.createResource(OA + "TextPositionSelector");
  public static final Resource Activity = ResourceFactory.createResource(PROV + "Activity");
  public static final Resource SoftwareAgent = ResourceFactory.createResource(PROV + "SoftwareAgent");

  /** Where the links to the wider web point: Wikidata entities and GeoNames features. */
  public static final String WIKIDATA = "http://www.wikidata.org/entity/";
  public static final String GEONAMES = "https://sws.geonames.org/";
  public static final Property sameAs = org.apache.jena.vocabulary.OWL.sameAs;
  public static final Property containedInPlace = s("containedInPlace");
  public static final Property name = s("name");
  public static final Property headline = s("headline");
  public static final Property datePublished = s("datePublished");
  public static final Property publisher = s("publisher");
  public static final Property url = s("url");
  public static final Property text = s("text");
  public static final Property isPartOf = s("isPartOf");
  public static final Property mentions = s("mentions");
  public static final Property jobTitle = s("jobTitle");
  public static final Property nationality = s("nationality");
  public static final Property inLanguage = s("inLanguage");
  public static final Property version = s("softwareVersion");
  public static final Property hasActor = ResourceFactory.createProperty(SEM + "hasActor");
  public static final Property hasPlace = ResourceFactory.createProperty(SEM + "hasPlace");
  public static final Property hasTimeStamp = ResourceFactory.createProperty(SEM + "hasTimeStamp");
  public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
  public static final Property wasGeneratedBy = ResourceFactory.createProperty(PROV + "wasGeneratedBy");
  public static final Property startedAtTime = ResourceFactory.createProperty(PROV + "startedAtTime");
  public static final Property endedAtTime = ResourceFactory.createProperty(PROV + "endedAtTime");
  public static final Property used = ResourceFactory.createProperty(PROV + "used");
  public static final Property wasAssociatedWith = ResourceFactory.createProperty(PROV + "wasAssociatedWith");
  public static final Property start = ResourceFactory.createProperty(OA + "start");
  public static final Property end = ResourceFactory.createProperty(OA + "end");
  public static final Property altLabel = ResourceFactory.createProperty(SKOS + "altLabel");

  private Vocab() {}

  private static Property s(String local) {
    return ResourceFactory.createProperty(SCHEMA + local);
  }

  public static Resource schema(String local) {
    return ResourceFactory.createResource(SCHEMA + local);
  }
}
