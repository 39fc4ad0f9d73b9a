package io.coshoring.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The countries a text names, as ISO 3166 codes, in English, French and Hebrew: "our Israeli team",
 * "accounting for my UK Ltd", "our Delaware C-corp", "notre filiale en France", "lancement aux
 * États-Unis", "שכר בישראל". Payroll, tax, accounting, legal, recruiting and sales work is done
 * under one country's rules and market, so a demand that names a country wants someone who works
 * there.
 *
 * <p>A word that names a language (French, German, Spanish...) names a language, not a country: a
 * "French translator" is no one from France. It names a country only beside a word of business done
 * in one ("the French market", "German law", "une société française"). Likewise a country word
 * beside a language name or "accent" names a way of speaking ("American English", "anglais
 * britannique", "a British accent"), and a demonym after a region word a region ("Latin American").
 *
 * <p>Two-letter codes are read with care: "UK" always; "US" only in capitals among words that are
 * not ("CONTACT US" shouts a pronoun); "IL" only in capitals where it can only be Israel: after
 * "in", before a word of business ("IL entity", "IL payroll") or joined to another code ("US/IL").
 * "Chicago, IL" is Illinois, "Il faut" French.
 *
 * <p>Cities are not read: where a member works their timezone says, and a city a post names is more
 * often where to meet than the country whose rules the work follows.
 */
final class CountriesNamed {

  /** A Hebrew acronym's gershayim, typed as ״ or ", between two letters: ארה״ב. */
  private static final Pattern GERSHAYIM =
      Pattern.compile("(?<=[\\u05D0-\\u05EA])[\"\\u05F4](?=[\\u05D0-\\u05EA])");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\u05F3\\u05F4]+");

  /**
   * Names, demonyms, states and authorities by country, written naturally and read folded as {@link
   * Folding} folds.
   */
  private static final Map<String, String> NAMES =
      folded(
          Map.ofEntries(
              Map.entry(
                  "IL",
                  "Israel, Israeli, israélien, israélienne,"
                      + " ישראל, ישראלי, ישראלית, ישראלים, ישראליות"),
              Map.entry(
                  "GB",
                  "UK, United Kingdom, Great Britain, Britain, British, England, Scotland, Wales,"
                      + " Northern Ireland, HMRC, Royaume-Uni, Grande-Bretagne, britannique,"
                      + " Angleterre, Écosse, בריטניה, בריטי, בריטית, אנגליה, הממלכה המאוחדת"),
              Map.entry(
                  "US",
                  "USA, United States, American, Delaware, California, Texas, Florida, IRS,"
                      + " États-Unis, américain, américaine, Californie, ארצות הברית, ארה״ב,"
                      + " אמריקאי, אמריקאית, אמריקאים, אמריקני, אמריקנית"),
              Map.entry("FR", "France, URSSAF, צרפת"),
              Map.entry("DE", "Germany, Deutschland, Allemagne, גרמניה"),
              Map.entry(
                  "CA",
                  "Canada, Canadian, canadien, canadienne, Québec, québécois, québécoise, קנדה"),
              Map.entry("ES", "Spain, Espagne, ספרד"),
              Map.entry("IT", "Italy, Italie, איטליה"),
              Map.entry("NL", "Netherlands, Holland, Pays-Bas, הולנד"),
              Map.entry("PT", "Portugal, פורטוגל"),
              Map.entry("BE", "Belgium, Belgian, Belgique, belge, בלגיה"),
              Map.entry("CH", "Switzerland, Swiss, Suisse, שוויץ"),
              Map.entry("IE", "Ireland, Irlande, אירלנד"),
              Map.entry(
                  "AU", "Australia, Australian, Australie, australien, australienne, אוסטרליה"),
              Map.entry("BR", "Brazil, Brésil, ברזיל")));

  /** Words that name a language, and a country only beside a word of business done in one. */
  private static final Map<String, String> LANGUAGE_ADJECTIVES =
      folded(
          Map.ofEntries(
              Map.entry("FR", "French, français, française, צרפתי, צרפתית"),
              Map.entry("DE", "German, allemand, allemande, גרמני, גרמנית"),
              Map.entry("ES", "Spanish, espagnol, espagnole, ספרדי, ספרדית"),
              Map.entry("IT", "Italian, italien, italienne, איטלקי, איטלקית"),
              Map.entry("NL", "Dutch, néerlandais, néerlandaise"),
              Map.entry("PT", "Portuguese, portugais, portugaise")));

  /** Business done under one country's rules or in its market, folded. */
  private static final Set<String> BUSINESS_WORDS =
      foldedWords(
          "market, markets, company, companies, entity, subsidiary, branch, law, payroll, tax, VAT,"
              + " employees, marché, société, entreprise, filiale, droit, fiscalité, paie, TVA,"
              + " salariés, שוק, חברה, חברת, סניף, מס");

  /** Words after which "IL" can only be Israel, besides words of business. */
  private static final Set<String> CODE_CONTEXT =
      foldedWords("based, team, office, hours, time, startup, clients, customers");

  /** Words that, beside a country word, make it a way of speaking: "a British accent". */
  private static final Set<String> SPEECH_WORDS = foldedWords("accent, מבטא");

  private static final Set<String> REGION_WORDS =
      foldedWords("north, south, central, latin, latino, nord, sud, centrale");

  /** Codes "IL" may be joined to: "US/IL", "IL-UK". */
  private static final Set<String> OTHER_CODES = Set.of("US", "USA", "UK", "EU");

  private CountriesNamed() {}

  /** The codes of the countries a text names, in the order it names them. */
  static Set<String> in(PostText text) {
    List<Word> words = words(text.based());
    Set<String> named = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      int phrase = phraseAt(words, i);
      int length = Math.max(1, Math.max(phrase, spelledUsAt(words, i)));
      String country =
          phrase > 0 ? hebrewOrPlain(NAMES, phrase(words, i, phrase)) : country(words, i, length);
      if (country != null && !namesAWayOfSpeaking(words, i, length)) {
        named.add(country);
      }
      i += length - 1;
    }
    return named;
  }

  /** The country one word names, or null. */
  private static String country(List<Word> words, int i, int length) {
    Word word = words.get(i);
    if (word.raw().equals("US") || length > 1) {
      return amongLowerCase(words, i, length) ? "US" : null;
    }
    if (word.raw().equals("IL")) {
      return amongLowerCase(words, i, 1) && israelInContext(words, i) ? "IL" : null;
    }
    String adjective = hebrewOrPlain(LANGUAGE_ADJECTIVES, word.folded());
    if (adjective != null) {
      return besideBusiness(words, i) ? adjective : null;
    }
    return hebrewOrPlain(NAMES, word.folded());
  }

  /** A word found as it is or, in Hebrew, without the letters joined to it: בישראל, לארה״ב. */
  private static String hebrewOrPlain(Map<String, String> countries, String word) {
    String country = countries.get(word);
    for (String bare : Folding.withoutHebrewPrefixes(word)) {
      country = country != null ? country : countries.get(bare);
    }
    return country;
  }

  /** How many letters spell "U.S." or "U.S.A." from {@code i}, or 0. */
  private static int spelledUsAt(List<Word> words, int i) {
    if (!words.get(i).raw().equals("U")
        || i + 1 >= words.size()
        || !words.get(i + 1).raw().equals("S")) {
      return 0;
    }
    return i + 2 < words.size() && words.get(i + 2).raw().equals("A") ? 3 : 2;
  }

  /**
   * Whether the capitals from {@code i}, {@code length} words long, stand among words in lower
   * case, rather than in shouted text.
   */
  private static boolean amongLowerCase(List<Word> words, int i, int length) {
    int after = i + length;
    return (i > 0 && words.get(i - 1).hasLowerCase())
        || (after < words.size() && words.get(after).hasLowerCase());
  }

  private static boolean israelInContext(List<Word> words, int i) {
    boolean afterIn = i > 0 && words.get(i - 1).folded().equals("in");
    boolean beforeContext =
        i + 1 < words.size()
            && (CODE_CONTEXT.contains(words.get(i + 1).folded())
                || BUSINESS_WORDS.contains(words.get(i + 1).folded()));
    boolean joinedBefore =
        i > 0 && words.get(i).joinedBySign() && OTHER_CODES.contains(words.get(i - 1).raw());
    boolean joinedAfter =
        i + 1 < words.size()
            && words.get(i + 1).joinedBySign()
            && OTHER_CODES.contains(words.get(i + 1).raw());
    return afterIn || beforeContext || joinedBefore || joinedAfter;
  }

  private static boolean besideBusiness(List<Word> words, int i) {
    return (i > 0 && isBusiness(words.get(i - 1).folded()))
        || (i + 1 < words.size() && isBusiness(words.get(i + 1).folded()));
  }

  private static boolean isBusiness(String word) {
    return BUSINESS_WORDS.contains(word)
        || Folding.withoutHebrewPrefixes(word).stream().anyMatch(BUSINESS_WORDS::contains);
  }

  /**
   * Whether the country words from {@code i}, {@code length} long, name a way of speaking, not a
   * country: beside a language name or "accent", or a region after a region word.
   */
  private static boolean namesAWayOfSpeaking(List<Word> words, int i, int length) {
    int after = i + length;
    boolean beforeSpeech =
        after < words.size() && words.get(after).joinsPhrase() && isSpeech(words.get(after));
    boolean afterSpeech = i > 0 && words.get(i).joinsPhrase() && isSpeech(words.get(i - 1));
    boolean afterRegion = i > 0 && REGION_WORDS.contains(words.get(i - 1).folded());
    return beforeSpeech || afterSpeech || afterRegion;
  }

  private static boolean isSpeech(Word word) {
    return SPEECH_WORDS.contains(word.folded()) || LanguageNames.code(word.folded()) != null;
  }

  /** 2 when the words from {@code i} make a name of two words ("United States", "בארצות הברית"). */
  private static int phraseAt(List<Word> words, int i) {
    return i + 1 < words.size()
            && words.get(i + 1).joinsPhrase()
            && hebrewOrPlain(NAMES, phrase(words, i, 2)) != null
        ? 2
        : 0;
  }

  private static String phrase(List<Word> words, int i, int length) {
    List<String> folded = new ArrayList<>();
    for (int j = i; j < i + length; j++) {
      folded.add(words.get(j).folded());
    }
    return String.join(" ", folded);
  }

  /** The words of a text whose inclusive forms are read ({@link PostText#based}). */
  private static List<Word> words(String based) {
    String joined = hasGershayim(based) ? GERSHAYIM.matcher(based).replaceAll("\u05F4") : based;
    List<Word> words = new ArrayList<>();
    var matcher = WORD.matcher(joined);
    int gapStart = 0;
    while (matcher.find()) {
      String raw = matcher.group();
      // A word of letters and digits has no inclusive form left to read: it is only folded.
      words.add(
          new Word(
              raw,
              Folding.foldWord(Folding.fold(raw)),
              joined.substring(gapStart, matcher.start())));
      gapStart = matcher.end();
    }
    return words;
  }

  // Most texts have no quote to read as gershayim, and are not searched for one between letters.
  private static boolean hasGershayim(String text) {
    return text.indexOf('"') >= 0 || text.indexOf('\u05F4') >= 0;
  }

  /** Each name of "Israel, Israeli, israélien" folded, to its country. */
  private static Map<String, String> folded(Map<String, String> namesByCountry) {
    Map<String, String> folded = new HashMap<>();
    namesByCountry.forEach(
        (country, names) -> {
          for (String name : names.split(", ")) {
            folded.put(fold(name), country);
          }
        });
    return Map.copyOf(folded);
  }

  /** Each word of "market, markets, company" folded. */
  private static Set<String> foldedWords(String words) {
    Set<String> folded = new LinkedHashSet<>();
    for (String word : words.split(", ")) {
      folded.add(fold(word));
    }
    return Set.copyOf(folded);
  }

  /** A name folded as the words of a text are, so that the two meet. */
  private static String fold(String name) {
    List<Word> words = words(InclusiveWriting.base(name));
    return phrase(words, 0, words.size());
  }

  /**
   * A word of the text as written and folded.
   *
   * @param gapBefore what separates it from the word before: spaces, a sign, punctuation
   */
  private record Word(String raw, String folded, String gapBefore) {

    boolean hasLowerCase() {
      return raw.chars().anyMatch(Character::isLowerCase);
    }

    /** A sign joins it to the word before: "US/IL". */
    boolean joinedBySign() {
      return Set.of("/", "-", "–", "&", "+").contains(gapBefore.strip());
    }

    /** Only spaces or a hyphen between it and the word before: "États-Unis", "Royaume-Uni". */
    boolean joinsPhrase() {
      return gapBefore.isBlank() || gapBefore.strip().equals("-");
    }
  }
}
