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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical skills and the phrases, in English and French, that name them. Shipped as text
 * files under {@code skills/} beside this class, one per category, listed in {@code index.txt}.
 * Each line reads {@code id | Display name | English aliases | French aliases}; an alias written
 * {@code #go} only counts as a hashtag, for words that are common in prose.
 */
public final class SkillTaxonomy {

  private static final String FOLDER = "skills/";

  private final Map<String, Skill> byId;
  private final Map<String, Skill> byPhrase;
  private final Map<String, Skill> byHashtag;
  private final int longestPhrase;

  private SkillTaxonomy(
      Map<String, Skill> byId, Map<String, Skill> byPhrase, Map<String, Skill> byHashtag) {
    this.byId = Map.copyOf(byId);
    this.byPhrase = Map.copyOf(byPhrase);
    this.byHashtag = Map.copyOf(byHashtag);
    this.longestPhrase =
        byPhrase.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
  }

  /** The taxonomy shipped with coshoring. */
  public static SkillTaxonomy standard() {
    Builder builder = new Builder();
    for (String file : readLines(FOLDER + "index.txt")) {
      String category = file.replaceFirst("\\.txt$", "");
      List<String> lines = readLines(FOLDER + file);
      for (int i = 0; i < lines.size(); i++) {
        builder.addLine(category, file + ":" + (i + 1), lines.get(i));
      }
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

  Skill phrase(String foldedPhrase) {
    return byPhrase.get(foldedPhrase);
  }

  Skill hashtag(String compactTag) {
    return byHashtag.get(compactTag);
  }

  int longestPhrase() {
    return longestPhrase;
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
    private final Map<String, Skill> byPhrase = new HashMap<>();
    private final Map<String, Skill> byHashtag = new HashMap<>();

    void addLine(String category, String where, String line) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        return;
      }
      String[] columns = trimmed.split("\\s*\\|\\s*", -1);
      if (columns.length != 4 || !columns[0].matches("[a-z0-9-]+") || columns[1].isBlank()) {
        throw new IllegalStateException(where + ": expected 'id | Name | en aliases | fr aliases'");
      }
      Skill skill = new Skill(columns[0], columns[1], category);
      if (byId.putIfAbsent(skill.id(), skill) != null) {
        throw new IllegalStateException(where + ": skill id '" + skill.id() + "' is defined twice");
      }
      List<String> aliases = new ArrayList<>(List.of(skill.id().replace('-', ' '), skill.name()));
      for (String column : List.of(columns[2], columns[3])) {
        for (String alias : column.split(",")) {
          if (!alias.isBlank()) {
            aliases.add(alias.strip());
          }
        }
      }
      // A name marked #go is a word of prose too: it must not count unmarked as the skill's name.
      Set<String> hashtagOnly = new HashSet<>();
      for (String alias : aliases) {
        if (alias.startsWith("#")) {
          hashtagOnly.add(Folding.foldPhrase(alias.substring(1)));
        }
      }
      for (String alias : aliases) {
        addAlias(where, skill, alias, hashtagOnly);
      }
    }

    private void addAlias(String where, Skill skill, String alias, Set<String> hashtagOnlyPhrases) {
      boolean marked = alias.startsWith("#");
      String folded = Folding.foldPhrase(marked ? alias.substring(1) : alias);
      if (folded.isEmpty()) {
        throw new IllegalStateException(where + ": alias '" + alias + "' has no letters");
      }
      if (!hashtagOnlyPhrases.contains(folded)) {
        Skill previous = byPhrase.putIfAbsent(folded, skill);
        if (previous != null && previous != skill) {
          throw new IllegalStateException(
              where + ": alias '" + alias + "' names both " + previous.id() + " and " + skill.id());
        }
      }
      byHashtag.putIfAbsent(Folding.compact(folded), skill);
    }

    SkillTaxonomy build() {
      return new SkillTaxonomy(byId, byPhrase, byHashtag);
    }
  }
}
