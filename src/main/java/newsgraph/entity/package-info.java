/** Gazetteers, mention finding without a trained name finder, in-article coreference and metonymy: mentions become entities. */
package newsgraph.entity;
