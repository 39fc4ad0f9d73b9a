package io.coshoring.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the skills a post names: taxonomy phrases in its text (longest first), its hashtags, and
 * the skills given outside the text. A hashtag or a named skill the taxonomy does not know is kept
 * as a raw tag, written {@code #tag}, so two posts with the same unusual tag still meet.
 *
 * <p>A demand may name a skill as the setting of the work rather than the work: "a React developer
 * for our Shopify store" needs React, and Shopify is where it goes. A skill within a few words
 * after "our", "existing", "notre", "nos" or "existant" is such context, as long as the demand
 * names some other skill as the work; if every skill it names is in context, they are the work.
 */
public final class SkillExtractor {

  /** Words after which the next few name where the work happens, in English and French, folded. */
  private static final Set<String> CONTEXT_CUES =
      Set.of(
          "our",
          "existing",
          "current",
          "notre",
          "nos",
          "existant",
          "existante",
          "actuel",
          "actuelle");

  /**
   * Words that end the setting a cue began: what follows "with" or "avec" is how the work is done
   * ("automate our process with Zapier"), not where.
   */
  private static final Set<String> CONTEXT_ENDS =
      Set.of(
          "with", "using", "via", "through", "by", "between", "avec", "en", "par", "entre", "sou",
          "grace");

  /** How many words after a cue still belong to the setting it introduces. */
  private static final int CONTEXT_WORDS = 3;

  private final SkillTaxonomy taxonomy;

  public SkillExtractor(SkillTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** Skill ids and raw tags, in the order they first appear. */
  public Set<String> skillsOf(Post post) {
    return skillsOf(post, Folding.tokens(post.text()), new LinkedHashSet<>());
  }

  /** The post as the engine keeps it: its skills, those named as context, and their families. */
  IndexedPost read(Post post) {
    List<Folding.Token> tokens = Folding.tokens(post.text());
    Set<String> context = new LinkedHashSet<>();
    Set<String> skills = skillsOf(post, tokens, context);
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
        context,
        families,
        OverlapWords.in(tokens),
        LanguageNames.in(tokens),
        LanguagePairs.in(post.text(), LanguagePairs.aboutTranslation(skills, families)));
  }

  private Set<String> skillsOf(Post post, List<Folding.Token> tokens, Set<String> context) {
    Set<String> found = new LinkedHashSet<>(fromTokens(tokens, context));
    for (String named : post.skills()) {
      String skill =
          taxonomy
              .resolve(named)
              .map(Skill::id)
              .orElseGet(() -> "#" + Folding.compact(Folding.foldPhrase(named)));
      found.add(skill);
      context.remove(skill);
    }
    return found;
  }

  public Set<String> fromText(String text) {
    return fromTokens(Folding.tokens(text), new LinkedHashSet<>());
  }

  /** The skills of a text; those named as its setting are also added to {@code context}. */
  private Set<String> fromTokens(List<Folding.Token> tokens, Set<String> context) {
    String language = TextLanguage.guess(tokens);
    Set<String> found = new LinkedHashSet<>();
    int contextEnd = 0;
    int i = 0;
    while (i < tokens.size()) {
      Folding.Token token = tokens.get(i);
      Set<String> here = new LinkedHashSet<>();
      int matched = 1;
      if (token.hashtag()) {
        Skill skill = taxonomy.hashtag(token.word());
        here.add(skill != null ? skill.id() : "#" + token.word());
      } else {
        matched = longestPhraseAt(tokens, i, language, here);
        if (matched == 0) {
          matched = hyphenatedAt(tokens, i, language, here);
        }
        if (matched == 0) {
          matched = withoutHebrewPrefix(tokens, i, language, here);
        }
        if (CONTEXT_CUES.contains(token.word())) {
          contextEnd = i + 1 + CONTEXT_WORDS;
        } else if (CONTEXT_ENDS.contains(token.word())) {
          contextEnd = i;
        }
      }
      for (String skill : here) {
        // A skill named as the work anywhere stays the work, wherever else it is named.
        if (i < contextEnd && !found.contains(skill)) {
          context.add(skill);
        } else {
          context.remove(skill);
        }
        found.add(skill);
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

  /**
   * Hebrew writes "and", "the", "in", "to", "from", "that" and "as" as letters joined to the next
   * word (ולטיקטוק: "and to TikTok"): a word found nowhere is read again without one or two of
   * them.
   */
  private int withoutHebrewPrefix(
      List<Folding.Token> tokens, int start, String language, Set<String> found) {
    for (String bare : Folding.withoutHebrewPrefixes(tokens.get(start).word())) {
      List<Folding.Token> read = new ArrayList<>(tokens);
      read.set(start, new Folding.Token(bare, false, false));
      int matched = longestPhraseAt(read, start, language, found);
      if (matched > 0) {
        return matched;
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
