package io.coshoring.matching;

import java.util.List;

/**
 * A skill a demand's words suggest without naming it: "half our emails land in spam" suggests email
 * deliverability.
 *
 * @param skill the skill id suggested
 * @param words the problem words that suggested it, as the problem file writes them, in the order
 *     the text has them: what the member is shown as the reason
 */
record Suggestion(String skill, List<String> words) {

  Suggestion {
    words = List.copyOf(words);
  }
}
