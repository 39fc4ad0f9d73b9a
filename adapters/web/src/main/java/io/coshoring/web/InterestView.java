package io.coshoring.web;

import io.coshoring.core.api.WallInterest;
import io.coshoring.core.language.Phrases;
import java.util.List;

/**
 * What shows under a card's "I'm interested" once clicked: the core's answer, or, when it asks, the
 * member's posts to choose from.
 *
 * @param answer null when the member is to choose
 */
record InterestView(Phrases phrases, String answer, List<WallInterest.OwnPost> choices) {

  String t(String key) {
    return phrases.get(key);
  }
}
