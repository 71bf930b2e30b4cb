package newsgraph.spark;

import java.io.Serializable;

/** What every executor needs to know of the job: the base IRI, the size and time limits. */
record JobSettings(String base, long maxBytes, int timeoutSeconds) implements Serializable {}
