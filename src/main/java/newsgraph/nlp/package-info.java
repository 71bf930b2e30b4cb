/**
 * OpenNLP annotation (sentences, tokens, parts of speech), WordNet lemmas, the syntactic layer (a
 * dependency parser trained on silver parses, and the clause reader the extractors ask who did what
 * to whom) and the immutable annotated document; offsets point into the original text.
 */
package newsgraph.nlp;
