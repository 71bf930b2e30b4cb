package newsgraph.entity;

/** The kinds of entity newsgraph tells apart; each maps to one schema.org class. */
public enum EntityType {
  PERSON("Person", "person"),
  COUNTRY("Country", "country"),
  ORGANIZATION("Organization", "org"),
  CITY("City", "city"),
  PLACE("Place", "place");

  private final String schemaClass;
  private final String iriSegment;

  EntityType(String schemaClass, String iriSegment) {
    this.schemaClass = schemaClass;
    this.iriSegment = iriSegment;
  }

  /** The local name of the schema.org class, e.g. {@code Person}. */
  public String schemaClass() {
    return schemaClass;
  }

  /** The path segment of this type's IRIs, e.g. {@code person}. */
  public String iriSegment() {
    return iriSegment;
  }

  public boolean isActor() {
    return this == PERSON || this == COUNTRY || this == ORGANIZATION;
  }

  public boolean isLocation() {
    return this == CITY || this == PLACE || this == COUNTRY;
  }
}
