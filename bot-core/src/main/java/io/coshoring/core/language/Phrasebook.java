package io.coshoring.core.language;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text the bot writes, in each language it writes in: one message bundle a language ({@code
 * messages_en.properties}, {@code _fr}, {@code _he}, UTF-8), one key a message, written in ICU's
 * MessageFormat so that plurals, numbers and dates follow each language's rules.
 */
public final class Phrasebook {

  private static final String BUNDLES = "/io/coshoring/core/language/messages_";

  private static final Phrasebook STANDARD = load();

  private final Map<Language, Map<String, String>> patterns;
  private final Map<Language, Phrases> phrases = new EnumMap<>(Language.class);
  private final Map<Language, Map<String, Message>> compiled = new EnumMap<>(Language.class);

  private Phrasebook(Map<Language, Map<String, String>> patterns) {
    this.patterns = patterns;
    for (Language language : Language.values()) {
      compiled.put(language, new ConcurrentHashMap<>());
      phrases.put(language, new Phrases(this, language));
    }
  }

  /** The bundles shipped in the jar. */
  public static Phrasebook standard() {
    return STANDARD;
  }

  /** The bot's texts in {@code language}. */
  public Phrases in(Language language) {
    return phrases.get(language);
  }

  /** The keys of a language's bundle. */
  Set<String> keys(Language language) {
    return patterns.get(language).keySet();
  }

  /** The pattern behind a key, as written in the language's bundle. */
  String pattern(Language language, String key) {
    return patterns.get(language).get(key);
  }

  /**
   * The compiled message for the key in the language, or in English when the language's bundle
   * lacks it (a test keeps every bundle complete).
   */
  Message message(Language language, String key) {
    return compiled
        .get(language)
        .computeIfAbsent(
            key,
            k -> {
              String pattern = patterns.get(language).get(k);
              if (pattern == null) {
                pattern = patterns.get(Language.ENGLISH).get(k);
              }
              if (pattern == null) {
                throw new IllegalArgumentException("no message has the key " + k);
              }
              return new Message(
                  new MessageFormat(pattern, ULocale.forLocale(language.locale())),
                  selectors(pattern));
            });
  }

  /** The values a pattern chooses its words by (select, plural), which are keys, not text. */
  private static Set<String> selectors(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    Set<String> names = new HashSet<>();
    for (int i = 1; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      MessagePattern.ArgType type = parsed.getPart(i - 1).getArgType();
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME
          && (type.hasPluralStyle() || type == MessagePattern.ArgType.SELECT)) {
        names.add(parsed.getSubstring(part));
      }
    }
    return Set.copyOf(names);
  }

  /** A compiled pattern, and the names of the values it chooses its words by. */
  record Message(MessageFormat format, Set<String> selectors) {}

  private static Phrasebook load() {
    Map<Language, Map<String, String>> patterns = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String name = BUNDLES + language.code() + ".properties";
      try (InputStream in = Phrasebook.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the message bundle " + name + " is missing");
        }
        Properties bundle = new Properties();
        bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> byKey = new HashMap<>();
        bundle.stringPropertyNames().forEach(key -> byKey.put(key, bundle.getProperty(key)));
        patterns.put(language, Map.copyOf(byKey));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the message bundle " + name, e);
      }
    }
    return new Phrasebook(patterns);
  }
}
