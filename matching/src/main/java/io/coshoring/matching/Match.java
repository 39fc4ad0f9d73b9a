package io.coshoring.matching;

import java.util.List;

/**
 * A post proposed for another, with a score in [0, 1] and the reasons people are shown, such as
 * {@code sharedSkills{skills=[react, typescript]}}, which each reader has written in their
 * language.
 */
public record Match(Post post, double score, List<Reason> reasons) {
  public Match {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    reasons = List.copyOf(reasons);
  }
}
