package io.coshoring.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the skills a post names: taxonomy phrases in its text (longest first), its hashtags, and
 * the skills given outside the text. A hashtag or a named skill the taxonomy does not know is kept
 * as a raw tag, written {@code #tag}, so two posts with the same unusual tag still meet.
 */
public final class SkillExtractor {

  private final SkillTaxonomy taxonomy;

  public SkillExtractor(SkillTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** Skill ids and raw tags, in the order they first appear. */
  public Set<String> skillsOf(Post post) {
    Set<String> found = new LinkedHashSet<>(fromText(post.text()));
    for (String named : post.skills()) {
      found.add(
          taxonomy
              .resolve(named)
              .map(Skill::id)
              .orElseGet(() -> "#" + Folding.compact(Folding.foldPhrase(named))));
    }
    return found;
  }

  public Set<String> fromText(String text) {
    List<Folding.Token> tokens = Folding.tokens(text);
    String language = TextLanguage.guess(tokens);
    Set<String> found = new LinkedHashSet<>();
    int i = 0;
    while (i < tokens.size()) {
      Folding.Token token = tokens.get(i);
      if (token.hashtag()) {
        Skill skill = taxonomy.hashtag(token.word());
        found.add(skill != null ? skill.id() : "#" + token.word());
        i++;
        continue;
      }
      int matched = longestPhraseAt(tokens, i, language, found);
      if (matched == 0) {
        matched = hyphenatedAt(tokens, i, language, found);
      }
      i += Math.max(matched, 1);
    }
    return found;
  }

  private int longestPhraseAt(
      List<Folding.Token> tokens, int start, String language, Set<String> found) {
    int longest = Math.min(taxonomy.longestPhrase(), tokens.size() - start);
    for (int length = longest; length >= 1; length--) {
      String phrase = phrase(tokens, start, length);
      Skill skill = phrase == null ? null : taxonomy.phrase(phrase, language);
      if (skill != null) {
        found.add(skill.id());
        return length;
      }
    }
    return 0;
  }

  /** A hyphenated compound, "e-learning", read as the one word an alias may write: "elearning". */
  private int hyphenatedAt(
      List<Folding.Token> tokens, int start, String language, Set<String> found) {
    if (start + 1 >= tokens.size() || !tokens.get(start + 1).hyphenated()) {
      return 0;
    }
    Skill skill =
        taxonomy.phrase(
            Folding.foldWord(tokens.get(start).word() + tokens.get(start + 1).word()), language);
    if (skill == null) {
      return 0;
    }
    found.add(skill.id());
    return 2;
  }

  // Null when a hashtag interrupts the run: phrases do not span hashtags.
  private static String phrase(List<Folding.Token> tokens, int start, int length) {
    StringBuilder phrase = new StringBuilder();
    for (int i = start; i < start + length; i++) {
      Folding.Token token = tokens.get(i);
      if (token.hashtag()) {
        return null;
      }
      if (i > start) {
        phrase.append(' ');
      }
      phrase.append(token.word());
    }
    return phrase.toString();
  }
}
