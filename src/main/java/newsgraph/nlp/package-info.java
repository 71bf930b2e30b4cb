/** OpenNLP annotation (sentences, tokens, parts of speech) and the immutable annotated document; offsets point into the original text. */
package newsgraph.nlp;
