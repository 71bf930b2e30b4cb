/** The picocli commands (build, query, export, validate, remove, inspect, serve); wiring only. */
package newsgraph.cli;
