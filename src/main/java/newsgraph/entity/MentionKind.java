package newsgraph.entity;

/** How a mention names its entity. */
public enum MentionKind {
  /** A name, with or without title: "Russian President Vladimir Putin", "Mr. Putin", "China". */
  NAME,
  /** An adjective or demonym: "Chinese", "U.S." before a noun. */
  ADJECTIVE,
  /** A role description: "the Russian leader", "China's top diplomat". */
  ROLE,
  /** A personal pronoun: he, she, him, his, her. */
  PRONOUN
}
