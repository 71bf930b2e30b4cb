/** Identity across the whole store after the articles are written: spelling variants, curation, surnames, events. */
package newsgraph.link;
