/** The extractors of meetings, quotes and positions, their facts and evidence, and the shared clause reading they use. */
package newsgraph.extract;
