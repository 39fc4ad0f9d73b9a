package io.coshoring.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical skills, the phrases in English, French and Hebrew that name them, and how they
 * relate. Shipped as text files under {@code skills/} beside this class, one per category, listed
 * in {@code index.txt}. Each line reads
 *
 * <pre>id | Display name | English aliases | French aliases | Hebrew aliases | broader | related
 * </pre>
 *
 * <p>The last three columns may be left out. {@code broader} lists the ids of the skills this one
 * is a kind of (React is front-end development and JavaScript); {@code related} those close enough
 * that someone doing one often does the other, both ways. A line {@code @overlap async} (or {@code
 * live}) says whether the skills after it, in that file, usually need shared working hours.
 *
 * <p>An alias written {@code #go} only counts as a hashtag, for words common in prose; one written
 * {@code !animation} only counts in a text written in its column's language, for words that name
 * different work in English and French.
 *
 * <p>A short form that members write for one of several skills is written {@code ?PM} by each skill
 * it may name (product management and project management), and {@code ?!DA} when it only counts in
 * its column's language. A post's other skills choose its meaning, else it names one of them (see
 * {@link ShortFormReading}). A short form must name at least two skills and be no skill's alias or
 * hashtag; an alias written plainly by two skills is still refused.
 *
 * <p>Beside them, {@code problems.txt} gives the words members use for the problem a skill solves
 * (see {@link ProblemWords}).
 */
public final class SkillTaxonomy {

  private static final String FOLDER = "skills/";

  private static final String PROBLEMS = "problems.txt";

  /** The languages of the alias columns, in order. */
  private static final List<String> ALIAS_LANGUAGES =
      List.of(TextLanguage.ENGLISH, TextLanguage.FRENCH, TextLanguage.HEBREW);

  private final Map<String, Skill> byId;
  private final Map<String, Skill> byPhrase;
  private final Map<String, Map<String, Skill>> byPhraseIn;
  private final Map<String, Skill> byHashtag;
  private final Map<String, Set<String>> ancestors;
  private final Set<String> families;
  private final Map<String, Set<String>> related;
  private final ShortForms shortForms;
  private final ProblemWords problemWords;
  private final PhraseStarts phraseStarts;

  private SkillTaxonomy(
      Map<String, Skill> byId,
      Map<String, Skill> byPhrase,
      Map<String, Map<String, Skill>> byPhraseIn,
      Map<String, Skill> byHashtag,
      ShortForms shortForms,
      ProblemWords problemWords) {
    this.byId = Map.copyOf(byId);
    this.byPhrase = Map.copyOf(byPhrase);
    Map<String, Map<String, Skill>> in = new HashMap<>();
    byPhraseIn.forEach((language, phrases) -> in.put(language, Map.copyOf(phrases)));
    this.byPhraseIn = Map.copyOf(in);
    this.byHashtag = Map.copyOf(byHashtag);
    Map<String, Set<String>> up = new HashMap<>();
    Map<String, Set<String>> close = new HashMap<>();
    for (Skill skill : byId.values()) {
      Set<String> all = new LinkedHashSet<>();
      collectAncestors(skill, byId, all);
      if (!all.isEmpty()) {
        up.put(skill.id(), Set.copyOf(all));
      }
      for (String other : skill.related()) {
        close.computeIfAbsent(skill.id(), id -> new HashSet<>()).add(other);
        close.computeIfAbsent(other, id -> new HashSet<>()).add(skill.id());
      }
    }
    this.ancestors = Map.copyOf(up);
    Set<String> parents = new HashSet<>();
    up.values().forEach(parents::addAll);
    this.families = Set.copyOf(parents);
    Map<String, Set<String>> closeFrozen = new HashMap<>();
    close.forEach((id, others) -> closeFrozen.put(id, Set.copyOf(others)));
    this.related = Map.copyOf(closeFrozen);
    this.shortForms = shortForms;
    this.problemWords = problemWords;
    Set<String> phrases = new HashSet<>(shortForms.phrases());
    phrases.addAll(byPhrase.keySet());
    byPhraseIn.values().forEach(inLanguage -> phrases.addAll(inLanguage.keySet()));
    this.phraseStarts = new PhraseStarts(phrases);
  }

  /** The taxonomy shipped with coshoring. */
  public static SkillTaxonomy standard() {
    Builder builder = new Builder();
    for (String file : readLines(FOLDER + "index.txt")) {
      String category = file.replaceFirst("\\.txt$", "");
      List<String> lines = readLines(FOLDER + file);
      builder.startFile();
      for (int i = 0; i < lines.size(); i++) {
        builder.addLine(category, file + ":" + (i + 1), lines.get(i));
      }
    }
    List<String> problems = readLines(FOLDER + PROBLEMS);
    for (int i = 0; i < problems.size(); i++) {
      builder.addProblemLine(PROBLEMS + ":" + (i + 1), problems.get(i));
    }
    return builder.build();
  }

  public Collection<Skill> skills() {
    return byId.values();
  }

  public Optional<Skill> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The skill a name or alias typed on its own denotes, as in a form's skills field. */
  public Optional<Skill> resolve(String name) {
    String folded = Folding.foldPhrase(name);
    Skill skill = byPhrase.get(folded);
    if (skill == null) {
      skill = byHashtag.get(Folding.compact(folded));
    }
    return Optional.ofNullable(skill);
  }

  /** Every skill this one is a kind of, directly or through others: React is JavaScript. */
  Set<String> ancestors(String id) {
    return ancestors.getOrDefault(id, Set.of());
  }

  /** Whether some skill is a kind of this one: back-end development is, Django is not. */
  boolean isFamily(String id) {
    return families.contains(id);
  }

  /** The skills related to this one, whichever of the two named the other. */
  Set<String> related(String id) {
    return related.getOrDefault(id, Set.of());
  }

  private static void collectAncestors(Skill skill, Map<String, Skill> byId, Set<String> into) {
    for (String parent : skill.broader()) {
      if (into.add(parent)) {
        collectAncestors(byId.get(parent), byId, into);
      }
    }
  }

  /** The skill a folded phrase names in a text of {@code language} (null: not known). */
  Skill phrase(String foldedPhrase, String language) {
    Skill skill = byPhrase.get(foldedPhrase);
    if (skill == null && language != null) {
      Map<String, Skill> phrases = byPhraseIn.get(language);
      skill = phrases == null ? null : phrases.get(foldedPhrase);
    }
    return skill;
  }

  /** The short form a folded phrase or hashtag is in a text of {@code language} (null: none). */
  ShortForm shortForm(String folded, String language) {
    return shortForms.at(folded, language);
  }

  /** The words members use for the problems skills solve. */
  ProblemWords problemWords() {
    return problemWords;
  }

  Skill hashtag(String compactTag) {
    return byHashtag.get(compactTag);
  }

  /**
   * How many words from {@code start} may make an alias or a short form; 0 when none begins there.
   */
  int longestPossiblePhraseAt(List<Folding.Token> tokens, int start) {
    return phraseStarts.longestAt(tokens, start);
  }

  private static List<String> readLines(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = SkillTaxonomy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("skills taxonomy file missing: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return lines;
  }

  /** Collects taxonomy lines, refusing ids or aliases that would make the taxonomy ambiguous. */
  static final class Builder {
    private final Map<String, Skill> byId = new LinkedHashMap<>();
    private final Map<String, String> definedAt = new HashMap<>();
    private final Map<String, Skill> byPhrase = new HashMap<>();
    private final Map<String, Map<String, Skill>> byPhraseIn = new HashMap<>();
    private final Map<String, Skill> byHashtag = new HashMap<>();
    private final ShortForms.Collector shortForms = new ShortForms.Collector();
    private final ProblemWords.Collector problemWords = new ProblemWords.Collector();
    private Overlap overlap = Overlap.LIVE;

    /** Each file starts with skills that need shared hours, until it says otherwise. */
    void startFile() {
      overlap = Overlap.LIVE;
    }

    void addLine(String category, String where, String line) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        return;
      }
      if (trimmed.startsWith("@overlap")) {
        overlap = Overlap.parse(trimmed.substring("@overlap".length()));
        return;
      }
      String[] columns = trimmed.split("\\s*\\|\\s*", -1);
      if (columns.length < 4
          || columns.length > 7
          || !columns[0].matches("[a-z0-9-]+")
          || columns[1].isBlank()) {
        throw new IllegalStateException(
            where
                + ": expected 'id | Name | en aliases | fr aliases' and, if any,"
                + " '| he aliases | broader ids | related ids'");
      }
      Skill skill =
          new Skill(columns[0], columns[1], category, ids(columns, 5), ids(columns, 6), overlap);
      if (byId.putIfAbsent(skill.id(), skill) != null) {
        throw new IllegalStateException(where + ": skill id '" + skill.id() + "' is defined twice");
      }
      definedAt.put(skill.id(), where);
      List<String> aliases = new ArrayList<>(List.of(skill.id().replace('-', ' '), skill.name()));
      List<String> languages = new ArrayList<>(List.of("", ""));
      for (int column = 2; column <= 4 && column < columns.length; column++) {
        for (String alias : columns[column].split(",")) {
          if (!alias.isBlank()) {
            aliases.add(alias.strip());
            languages.add(ALIAS_LANGUAGES.get(column - 2));
          }
        }
      }
      // A name marked #go is a word of prose too, and one marked !animation names other work in
      // the other language: neither may count unmarked as the skill's id or name.
      Set<String> marked = new HashSet<>();
      for (String alias : aliases) {
        if (alias.startsWith("#") || alias.startsWith("!")) {
          marked.add(Folding.foldPhrase(alias.substring(1)));
        }
      }
      for (int i = 0; i < aliases.size(); i++) {
        String alias = aliases.get(i);
        if (alias.startsWith("?") && !languages.get(i).isEmpty()) {
          shortForms.add(where, skill, alias.substring(1), languages.get(i));
        } else {
          addAlias(where, skill, alias, languages.get(i), marked);
        }
      }
    }

    /** A line of the problem file: checked against the skills once all are known. */
    void addProblemLine(String where, String line) {
      problemWords.add(where, line);
    }

    private static Set<String> ids(String[] columns, int column) {
      Set<String> ids = new LinkedHashSet<>();
      if (column < columns.length) {
        for (String id : columns[column].split(",")) {
          if (!id.isBlank()) {
            ids.add(id.strip());
          }
        }
      }
      return ids;
    }

    private void addAlias(
        String where, Skill skill, String alias, String language, Set<String> markedPhrases) {
      boolean hashtag = alias.startsWith("#");
      boolean languageBound = alias.startsWith("!");
      String folded = Folding.foldPhrase(hashtag || languageBound ? alias.substring(1) : alias);
      if (folded.isEmpty()) {
        throw new IllegalStateException(where + ": alias '" + alias + "' has no letters");
      }
      if (languageBound) {
        if (language.isEmpty()) {
          throw new IllegalStateException(where + ": '" + alias + "' names no language's column");
        }
        claim(
            byPhraseIn.computeIfAbsent(language, l -> new HashMap<>()),
            where,
            alias,
            folded,
            skill);
        return;
      }
      if (!markedPhrases.contains(folded)) {
        claim(byPhrase, where, alias, folded, skill);
        if (alias.contains("-") && folded.contains(" ")) {
          // "front-end" is also written "frontend"; an alias written so elsewhere comes first.
          byPhrase.putIfAbsent(Folding.foldWord(folded.replace(" ", "")), skill);
        }
        // "Go developer" is also written "Go dev", "développeuse React" "dev React".
        for (String shortened : shortenedTitles(folded)) {
          byPhrase.putIfAbsent(shortened, skill);
        }
      }
      byHashtag.putIfAbsent(Folding.compact(folded), skill);
    }

    private static List<String> shortenedTitles(String folded) {
      List<String> shortened = new ArrayList<>();
      if (folded.endsWith(" developer")) {
        shortened.add(folded.substring(0, folded.length() - "developer".length()) + "dev");
      }
      for (String title : List.of("developpeur ", "developpeuse ")) {
        if (folded.startsWith(title)) {
          shortened.add("dev " + folded.substring(title.length()));
        }
      }
      return shortened;
    }

    private static void claim(
        Map<String, Skill> phrases, String where, String alias, String folded, Skill skill) {
      Skill previous = phrases.putIfAbsent(folded, skill);
      if (previous != null && previous != skill) {
        throw new IllegalStateException(
            where + ": alias '" + alias + "' names both " + previous.id() + " and " + skill.id());
      }
    }

    SkillTaxonomy build() {
      for (Skill skill : byId.values()) {
        for (String id : union(skill.broader(), skill.related())) {
          if (!byId.containsKey(id)) {
            throw new IllegalStateException(
                definedAt.get(skill.id()) + ": '" + id + "' is no skill's id");
          }
          if (id.equals(skill.id())) {
            throw new IllegalStateException(
                definedAt.get(skill.id()) + ": '" + id + "' names itself");
          }
        }
        checkNoCycle(skill, new ArrayList<>());
      }
      ShortForms forms = shortForms.build(this::aliasOf);
      return new SkillTaxonomy(
          byId,
          byPhrase,
          byPhraseIn,
          byHashtag,
          forms,
          problemWords.build(folded -> nameOf(folded, forms), byId::containsKey));
    }

    /** What a folded phrase names, as a problem word may not: a skill, or a short form. */
    private String nameOf(String folded, ShortForms forms) {
      String alias = aliasOf(folded);
      for (String language : ALIAS_LANGUAGES) {
        ShortForm form = forms.at(folded, language);
        alias = alias == null && form != null ? "the short form " + form.name() : alias;
      }
      return alias;
    }

    /**
     * The id of the skill a folded phrase names alone, in any language or as a hashtag; or null.
     */
    private String aliasOf(String folded) {
      Skill skill = byPhrase.get(folded);
      for (Map<String, Skill> phrases : byPhraseIn.values()) {
        skill = skill != null ? skill : phrases.get(folded);
      }
      skill = skill != null ? skill : byHashtag.get(Folding.compact(folded));
      return skill == null ? null : skill.id();
    }

    private void checkNoCycle(Skill skill, List<String> path) {
      if (path.contains(skill.id())) {
        path.add(skill.id());
        throw new IllegalStateException(
            definedAt.get(skill.id()) + ": broader skills go round: " + String.join(" > ", path));
      }
      path.add(skill.id());
      for (String parent : skill.broader()) {
        checkNoCycle(byId.get(parent), path);
      }
      path.remove(path.size() - 1);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
      Set<String> all = new LinkedHashSet<>(a);
      all.addAll(b);
      return all;
    }
  }
}
