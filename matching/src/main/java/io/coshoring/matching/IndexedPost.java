package io.coshoring.matching;

import java.util.Set;

/** A post with the skills found in it, as the engine keeps it. */
record IndexedPost(Post post, Set<String> skills) {}
