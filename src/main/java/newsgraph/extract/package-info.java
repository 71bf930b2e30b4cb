/**
 * The extractors of meetings, quotes and positions, their facts and evidence: rules kept as data
 * ({@code newsgraph/rules/*.rules}, named word sets) matched over the dependency tree, then the older
 * word-order rules where no tree rule holds.
 */
package newsgraph.extract;
