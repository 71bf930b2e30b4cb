/** The vocabulary, IRI minting from canonical keys, and the mapping of one article's facts to its named graph. */
package newsgraph.rdf;
