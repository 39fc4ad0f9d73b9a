package io.coshoring.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words members use for the problem a skill solves, when they name no skill: "spam", "open
 * rate", "taux d'ouverture" for email deliverability. Read from {@code skills/problems.txt}, whose
 * header gives the format.
 *
 * <p>One problem word is too weak a sign ("spam" alone may be a joke), so a skill is suggested by
 * two distinct words of its own, or by one phrase of two words or more, which the file writes only
 * when it names the problem unmistakably ("land in spam"). Phrases are matched longest first and do
 * not overlap, so "open rate" is one word, not "open rate" and "rate".
 */
final class ProblemWords {

  /** A problem word or phrase of one skill, as written in the file. */
  private record Word(String skill, String written, boolean enoughAlone) {}

  private final Map<String, List<Word>> byPhrase;
  private final PhraseStarts phraseStarts;

  private ProblemWords(Map<String, List<Word>> byPhrase) {
    this.byPhrase = Map.copyOf(byPhrase);
    this.phraseStarts = new PhraseStarts(byPhrase.keySet());
  }

  /** The skills a text's problem words suggest, in the order their first word appears. */
  List<Suggestion> suggestedBy(List<Folding.Token> tokens) {
    Map<String, Set<Word>> found = new LinkedHashMap<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = longestAt(tokens, i, found);
      if (matched == 0) {
        matched = withoutHebrewPrefix(tokens, i, found);
      }
      i += Math.max(matched, 1);
    }
    List<Suggestion> suggested = new ArrayList<>();
    found.forEach(
        (skill, words) -> {
          if (words.size() >= 2 || words.stream().anyMatch(Word::enoughAlone)) {
            suggested.add(new Suggestion(skill, words.stream().map(Word::written).toList()));
          }
        });
    return suggested;
  }

  private int longestAt(List<Folding.Token> tokens, int start, Map<String, Set<Word>> found) {
    for (int length = phraseStarts.longestAt(tokens, start); length >= 1; length--) {
      List<Word> words = byPhrase.get(phrase(tokens, start, length));
      if (words != null) {
        for (Word word : words) {
          found.computeIfAbsent(word.skill(), s -> new LinkedHashSet<>()).add(word);
        }
        return length;
      }
    }
    return 0;
  }

  /** Hebrew joins "and", "the", "in"... to the next word: ובספאם is "and in spam". */
  private int withoutHebrewPrefix(
      List<Folding.Token> tokens, int start, Map<String, Set<Word>> found) {
    for (String bare : Folding.withoutHebrewPrefixes(tokens.get(start).word())) {
      List<Folding.Token> read = new ArrayList<>(tokens);
      read.set(start, new Folding.Token(bare, false, false));
      int matched = longestAt(read, start, found);
      if (matched > 0) {
        return matched;
      }
    }
    return 0;
  }

  private static String phrase(List<Folding.Token> tokens, int start, int length) {
    StringBuilder phrase = new StringBuilder();
    for (int i = start; i < start + length; i++) {
      phrase.append(i > start ? " " : "").append(tokens.get(i).word());
    }
    return phrase.toString();
  }

  /**
   * Collects the lines of the problem file, and refuses what would make a suggestion wrong or
   * ambiguous: an unknown skill, a skill given two lines, a word written twice for a skill, a
   * phrase that is enough alone written for two skills, and a word that is some skill's alias (it
   * names that skill, and is read as such).
   */
  static final class Collector {

    private final Map<String, List<Word>> byPhrase = new HashMap<>();
    private final Map<String, String> definedAt = new HashMap<>();
    private final Map<String, String> skillAt = new HashMap<>();

    void add(String where, String line) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        return;
      }
      String[] columns = trimmed.split("\\s*\\|\\s*", -1);
      if (columns.length < 2 || columns.length > 4 || !columns[0].matches("[a-z0-9-]+")) {
        throw new IllegalStateException(
            where + ": expected 'skill id | en words | fr words' and, if any, '| he words'");
      }
      String skill = columns[0];
      if (skillAt.putIfAbsent(skill, where) != null) {
        throw new IllegalStateException(
            where + ": the problem words of " + skill + " were given at " + skillAt.get(skill));
      }
      for (int column = 1; column < columns.length; column++) {
        for (String written : columns[column].split(",")) {
          if (!written.isBlank()) {
            addWord(where, skill, written.strip());
          }
        }
      }
    }

    private void addWord(String where, String skill, String written) {
      String folded = Folding.foldPhrase(written);
      if (folded.isEmpty()) {
        throw new IllegalStateException(where + ": problem word '" + written + "' has no letters");
      }
      boolean enoughAlone = folded.contains(" ");
      List<Word> words = byPhrase.computeIfAbsent(folded, f -> new ArrayList<>());
      for (Word other : words) {
        if (other.skill().equals(skill)) {
          throw new IllegalStateException(
              where + ": problem word '" + written + "' is written twice for " + skill);
        }
        if (enoughAlone) {
          throw new IllegalStateException(
              where
                  + ": problem phrase '"
                  + written
                  + "' suggests both "
                  + other.skill()
                  + " and "
                  + skill
                  + "; a phrase enough alone must suggest one skill");
        }
      }
      words.add(new Word(skill, written, enoughAlone));
      definedAt.putIfAbsent(folded, where);
    }

    /**
     * The problem words collected, once every skill and alias is known.
     *
     * @param aliasOf the id of the skill a folded phrase is an alias, hashtag or short form of, or
     *     null
     * @param isSkill whether an id is a skill's
     */
    ProblemWords build(Function<String, String> aliasOf, Function<String, Boolean> isSkill) {
      skillAt.forEach(
          (skill, where) -> {
            if (!isSkill.apply(skill)) {
              throw new IllegalStateException(where + ": '" + skill + "' is no skill's id");
            }
          });
      for (Map.Entry<String, List<Word>> phrase : byPhrase.entrySet()) {
        String owner = aliasOf.apply(phrase.getKey());
        if (owner != null) {
          throw new IllegalStateException(
              definedAt.get(phrase.getKey())
                  + ": problem word '"
                  + phrase.getValue().get(0).written()
                  + "' is an alias of "
                  + owner
                  + ", and names it");
        }
      }
      return new ProblemWords(byPhrase);
    }
  }
}
