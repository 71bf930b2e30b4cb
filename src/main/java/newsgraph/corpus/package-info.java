/** Reading articles and their sidecars from disk, and dropping page furniture with offsets kept into the original text. */
package newsgraph.corpus;
