/** The stages from a file to facts, wired once and shared by the commands. */
package newsgraph.pipeline;
