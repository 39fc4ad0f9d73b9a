package io.coshoring.matching;

import java.util.List;

/**
 * A post's text as its readers see it, normalized once for all of them rather than once by each:
 * the skills, problem words and languages a post names are read from its words, the translation
 * pairs from its normalized text (the signs between the words say which way), the countries from
 * its words with their capitals ("US", "IL" count only in capitals).
 *
 * @param based the text with each inclusive form written as its base word ({@link
 *     InclusiveWriting}), case and accents kept
 * @param normalized {@code based} folded: lower case, no accents ({@link Folding#normalize})
 * @param tokens the words of {@code normalized}
 */
record PostText(String based, String normalized, List<Folding.Token> tokens) {

  static PostText of(String written) {
    String based = InclusiveWriting.base(written);
    String normalized = Folding.fold(based);
    return new PostText(based, normalized, Folding.tokensOfNormalized(normalized));
  }
}
