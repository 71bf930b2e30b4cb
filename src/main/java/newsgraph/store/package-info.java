/** The TDB2 dataset: one named graph per article, one write transaction per batch of articles. */
package newsgraph.store;
