/** Linked data over HTTP: the read-only SPARQL endpoint, pages and RDF for every IRI, the start page, VoID. */
package newsgraph.serve;
