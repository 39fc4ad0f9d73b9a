package io.coshoring.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the skills a post names: taxonomy phrases in its text (longest first), its hashtags, and
 * the skills given outside the text. A hashtag or a named skill the taxonomy does not know is kept
 * as a raw tag, written {@code #tag}, so two posts with the same unusual tag still meet.
 *
 * <p>A demand may name a skill as the setting of the work rather than the work: "a React developer
 * for our Shopify store" needs React, and Shopify is where it goes ({@link SettingWords} says which
 * words are the setting). Such a skill is context as long as the demand names some other skill as
 * the work; if every skill it names is in context, they are the work. The texts a translation is of
 * ("translation of investor decks") and the teams the work serves ("reports for marketing teams")
 * are its setting too, and in an offer no trade of the author's (see {@link TranslatedWords} and
 * {@link TeamWords}).
 *
 * <p>A short form that names one of several skills ("PM") means the one the post's other skills
 * tell (see {@link ShortFormReading}); when they tell nothing, the post means one of them, and
 * names them all as one need. A short form right after a number is a unit or an hour ("6 PM").
 *
 * <p>A demand that describes a problem rather than a trade ("half our emails land in spam") is read
 * for the skills its problem words suggest (see {@link ProblemWords}), unless it names a skill of
 * the same family itself: what it names says better what it needs. An offer names its trade, so its
 * words suggest nothing.
 */
public final class SkillExtractor {

  /** The words that join two qualifiers of one noun, folded. */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");

  /** How many words the noun two qualifiers share may take: "investor and board pitch decks". */
  private static final int NOUN_WORDS = 4;

  private final SkillTaxonomy taxonomy;
  private final ShortFormReading shortFormReading;

  public SkillExtractor(SkillTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.shortFormReading = new ShortFormReading(taxonomy);
  }

  /**
   * Skill ids and raw tags, in the order they first appear, then the meanings of the short forms it
   * writes.
   */
  public Set<String> skillsOf(Post post) {
    return found(post, Folding.tokens(post.text())).skills;
  }

  /** The post as the engine keeps it: its skills, those named as context, and their families. */
  IndexedPost read(Post post) {
    PostText text = PostText.of(post.text());
    List<Folding.Token> tokens = text.tokens();
    FoundSkills found = found(post, tokens);
    Set<String> skills = found.skills;
    Set<String> context = found.context;
    if (post.kind() != PostKind.DEMAND || context.containsAll(skills)) {
      context.clear();
    }
    Set<String> families = new LinkedHashSet<>();
    for (String skill : skills) {
      families.addAll(taxonomy.ancestors(skill));
    }
    return new IndexedPost(
        post,
        skills,
        Need.of(skills, found.undecided),
        context,
        families,
        post.kind() == PostKind.DEMAND ? suggested(tokens, skills) : List.of(),
        OverlapWords.in(tokens),
        LanguageNames.in(tokens),
        LanguagePairs.in(text, LanguagePairs.aboutTranslation(skills, families)),
        CountriesNamed.in(text),
        post.kind() == PostKind.DEMAND ? MeetingTimes.in(post.text(), post.zone()) : List.of(),
        post.kind() == PostKind.DEMAND && PresenceWords.in(tokens));
  }

  /** The skills the problem words suggest, but none that is, has or is a kind of one named. */
  private List<Suggestion> suggested(List<Folding.Token> tokens, Set<String> named) {
    List<Suggestion> suggested = new ArrayList<>();
    for (Suggestion suggestion : taxonomy.problemWords().suggestedBy(tokens)) {
      String skill = suggestion.skill();
      boolean sameFamily =
          named.stream()
              .anyMatch(
                  other ->
                      other.equals(skill)
                          || taxonomy.ancestors(skill).contains(other)
                          || taxonomy.ancestors(other).contains(skill));
      if (!sameFamily) {
        suggested.add(suggestion);
      }
    }
    return suggested;
  }

  private FoundSkills found(Post post, List<Folding.Token> tokens) {
    FoundSkills found = new FoundSkills();
    readTokens(tokens, found);
    for (String named : post.skills()) {
      String folded = Folding.foldPhrase(named);
      Optional<Skill> skill = taxonomy.resolve(named);
      // A form's skills field has no language: only short forms that count in any text are read.
      ShortForm shortForm = skill.isEmpty() ? taxonomy.shortForm(folded, null) : null;
      if (shortForm != null) {
        found.add(shortForm, false);
      } else {
        found.addNamed(skill.map(Skill::id).orElseGet(() -> "#" + Folding.compact(folded)));
      }
    }
    found.chooseMeanings(shortFormReading);
    // An offer's trade is the translating, not the texts it translates; the reporting, not the
    // marketing of the teams it reports for.
    if (post.kind() == PostKind.OFFER && !found.served.containsAll(found.skills)) {
      found.skills.removeAll(found.served);
    }
    return found;
  }

  public Set<String> fromText(String text) {
    FoundSkills found = new FoundSkills();
    readTokens(Folding.tokens(text), found);
    found.chooseMeanings(shortFormReading);
    return found.skills;
  }

  /** The skills and short forms of a text, with those named as its setting. */
  private void readTokens(List<Folding.Token> tokens, FoundSkills found) {
    String language = TextLanguage.guess(tokens);
    boolean[] setting = SettingWords.in(tokens, language);
    boolean[] translated = TranslatedWords.in(tokens);
    boolean[] teams = TeamWords.in(tokens);
    int i = 0;
    while (i < tokens.size()) {
      Folding.Token token = tokens.get(i);
      Set<String> here = new LinkedHashSet<>();
      List<ShortForm> shortForms = new ArrayList<>();
      int matched = 1;
      if (token.hashtag()) {
        Skill skill = taxonomy.hashtag(token.word());
        ShortForm shortForm = skill == null ? taxonomy.shortForm(token.word(), language) : null;
        if (shortForm != null) {
          shortForms.add(shortForm);
        } else {
          here.add(skill != null ? skill.id() : "#" + token.word());
        }
      } else {
        matched = longestPhraseAt(tokens, i, language, here, shortForms);
        if (matched == 0) {
          matched = hyphenatedAt(tokens, i, language, here);
        }
        if (matched == 0) {
          matched = withoutHebrewPrefix(tokens, i, language, here, shortForms);
        }
        if (matched <= 1) {
          sharedNounAt(tokens, i, language, here);
        }
      }
      for (String skill : here) {
        found.add(skill, setting[i], translated[i] || teams[i]);
      }
      if (!shortForms.isEmpty() && !afterNumber(tokens, i)) {
        for (ShortForm shortForm : shortForms) {
          found.add(shortForm, setting[i]);
        }
      }
      i += Math.max(matched, 1);
    }
  }

  private static boolean afterNumber(List<Folding.Token> tokens, int i) {
    return i > 0 && tokens.get(i - 1).word().chars().allMatch(Character::isDigit);
  }

  /** The longest skill or short form at {@code start}, added to those found; its words, or 0. */
  private int longestPhraseAt(
      List<Folding.Token> tokens,
      int start,
      String language,
      Set<String> found,
      List<ShortForm> shortForms) {
    for (int length = taxonomy.longestPossiblePhraseAt(tokens, start); length >= 1; length--) {
      String phrase = phrase(tokens, start, length);
      Skill skill = phrase == null ? null : taxonomy.phrase(phrase, language);
      if (skill != null) {
        found.add(skill.id());
        return length;
      }
      ShortForm shortForm = phrase == null ? null : taxonomy.shortForm(phrase, language);
      if (shortForm != null) {
        shortForms.add(shortForm);
        return length;
      }
    }
    return 0;
  }

  /**
   * Hebrew writes "and", "the", "in", "to", "from", "that" and "as" as letters joined to the next
   * word (ולטיקטוק: "and to TikTok"): a word found nowhere is read again without one or two of
   * them.
   */
  private int withoutHebrewPrefix(
      List<Folding.Token> tokens,
      int start,
      String language,
      Set<String> found,
      List<ShortForm> shortForms) {
    for (String bare : Folding.withoutHebrewPrefixes(tokens.get(start).word())) {
      List<Folding.Token> read = new ArrayList<>(tokens);
      read.set(start, new Folding.Token(bare, false, false));
      int matched = longestPhraseAt(read, start, language, found, shortForms);
      if (matched > 0) {
        return matched;
      }
    }
    return 0;
  }

  /**
   * Two words before the noun they both qualify, "investor and board decks", "photo or video
   * editing": the first is read again with the noun after the second, "investor decks", as English
   * writes the noun once for both.
   */
  private void sharedNounAt(
      List<Folding.Token> tokens, int start, String language, Set<String> found) {
    if (start + 3 >= tokens.size() || !CONJUNCTIONS.contains(tokens.get(start + 1).word())) {
      return;
    }
    for (int i = start + 1; i <= start + 3; i++) {
      if (tokens.get(i).afterBreak() || tokens.get(i).hashtag()) {
        return;
      }
    }
    List<Folding.Token> joined = new ArrayList<>();
    joined.add(tokens.get(start));
    joined.addAll(tokens.subList(start + 3, Math.min(tokens.size(), start + 3 + NOUN_WORDS)));
    Set<String> read = new LinkedHashSet<>();
    if (longestPhraseAt(joined, 0, language, read, new ArrayList<>()) > 1) {
      found.addAll(read);
    }
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
