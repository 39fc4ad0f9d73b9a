package io.coshoring.core.post;

import io.coshoring.core.cli.CommandArguments;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.text.MemberText;
import io.coshoring.matching.InvalidPostException;
import io.coshoring.matching.Overlap;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.Price;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a member asked for with {@code /offer} or {@code /demand}: free text, and the options {@code
 * rate:} (offers), {@code budget:} (demands), {@code remote}/{@code onsite}/{@code either}, {@code
 * city:}, {@code until:}, {@code visibility:space|network} and {@code overlap:live|async} (whether
 * the work needs shared working hours; without it, the skills named decide).
 *
 * @param workMode REMOTE unless the text says onsite or either
 */
public record PostRequest(
    PostKind kind,
    String text,
    Price price,
    WorkMode workMode,
    String city,
    LocalDate until,
    Visibility visibility,
    Overlap overlap) {

  private static final Set<String> KEYS =
      Set.of("rate", "tarif", "budget", "city", "until", "visibility", "overlap");

  /** Where the work is done, in the words of both languages' posts. */
  private static final Map<String, WorkMode> MODES =
      Map.ofEntries(
          Map.entry("remote", WorkMode.REMOTE),
          Map.entry("onsite", WorkMode.ONSITE),
          Map.entry("on-site", WorkMode.ONSITE),
          Map.entry("either", WorkMode.EITHER),
          Map.entry("hybrid", WorkMode.EITHER),
          Map.entry("distanciel", WorkMode.REMOTE),
          Map.entry("télétravail", WorkMode.REMOTE),
          Map.entry("présentiel", WorkMode.ONSITE),
          Map.entry("hybride", WorkMode.EITHER),
          Map.entry("à distance", WorkMode.REMOTE),
          Map.entry("a distance", WorkMode.REMOTE),
          Map.entry("sur place", WorkMode.ONSITE));

  /**
   * A price written as the errors show it, {@code rate:60 EUR/hour}: its amount and its currency
   * are one value, though a space parts them.
   */
  private static final Pattern SPACED_PRICE =
      Pattern.compile(
          "(?i)\\b(rate|tarif|budget):(\\d(?:[\\d.,']|[ \u00A0\u202F](?=\\d{3}\\b))*)\\s*"
              + "([A-Z]{3}|[€$£₪])(/\\p{L}+)?(?=[\\s.,;!?]|$)");

  public static String usage(PostKind kind) {
    return kind == PostKind.OFFER
        ? "/offer <what you offer> [rate:60EUR/hour] [remote|onsite|either] [city:Paris]"
            + " [until:2026-12-31] [visibility:space|network] [overlap:live|async]"
        : "/demand <what you need> [budget:3000EUR] [remote|onsite|either] [city:Paris]"
            + " [until:2026-12-31] [visibility:space|network] [overlap:live|async]";
  }

  /**
   * The engine's refusal as a command's answer shows it, in {@code phrases}: the field named, what
   * was typed quoted as literal text.
   */
  public static String described(InvalidPostException error, Phrases phrases) {
    return RefusalText.onField(error, phrases, CommandException::quoted);
  }

  /**
   * Reads the command line; {@code today} is the member's date, to check {@code until:}. A French
   * offer may give its rate as {@code tarif:}.
   */
  public static PostRequest parse(PostKind kind, String line, LocalDate today, Phrases phrases) {
    String usage = usage(kind);
    String joined = line == null ? null : SPACED_PRICE.matcher(line).replaceAll("$1:\"$2 $3$4\"");
    CommandArguments args = CommandArguments.parse(joined, KEYS, usage, phrases);
    if (MemberText.isBlank(args.text())) {
      throw new CommandException(
          phrases.get("post.describe", "kind", kind.name().toLowerCase(Locale.ROOT)), usage);
    }
    String priceKey = kind == PostKind.OFFER ? (args.has("tarif") ? "tarif" : "rate") : "budget";
    for (String otherKey : kind == PostKind.OFFER ? List.of("budget") : List.of("rate", "tarif")) {
      if (args.has(otherKey)) {
        throw new CommandException(
            phrases.get(
                "post.otherSidesPrice",
                "key",
                otherKey,
                "kind",
                kind.name().toLowerCase(Locale.ROOT),
                "priceKey",
                kind == PostKind.OFFER ? "rate" : "budget"),
            usage);
      }
    }
    try {
      Price price = args.has(priceKey) ? Price.parse(kind, args.option(priceKey)) : null;
      return new PostRequest(
          kind,
          args.text(),
          price,
          workMode(args.text(), usage, phrases),
          args.option("city"),
          until(args.option("until"), today, usage, phrases),
          visibility(args.option("visibility"), usage, phrases),
          args.has("overlap") ? Overlap.parse(args.option("overlap")) : null);
    } catch (InvalidPostException e) {
      throw new CommandException(described(e, phrases), usage);
    }
  }

  private static WorkMode workMode(String text, String usage, Phrases phrases) {
    WorkMode mode = null;
    String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[.,;!]+(\\s|$)", "$1").split("\\s+");
    for (int i = 0; i < words.length; i++) {
      WorkMode named = MODES.get(words[i]);
      if (named == null && i + 1 < words.length) {
        named = MODES.get(words[i] + " " + words[i + 1]);
      }
      if (named != null && mode != null && named != mode) {
        throw new CommandException(
            phrases.get(
                "post.bothModes",
                "first",
                mode.name().toLowerCase(Locale.ROOT),
                "second",
                named.name().toLowerCase(Locale.ROOT)),
            usage);
      }
      mode = named != null ? named : mode;
    }
    return mode == null ? WorkMode.REMOTE : mode;
  }

  private static LocalDate until(String value, LocalDate today, String usage, Phrases phrases) {
    if (value == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.isBefore(today)) {
        throw new CommandException(phrases.get("post.untilPast", "date", value), usage);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new CommandException(
          phrases.get("post.untilNotADate", "value", CommandException.quoted(value)), usage);
    }
  }

  private static Visibility visibility(String value, String usage, Phrases phrases) {
    if (value == null) {
      return Visibility.NETWORK;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "space":
        return Visibility.SPACE;
      case "network":
        return Visibility.NETWORK;
      default:
        throw new CommandException(
            phrases.get("post.badVisibility", "value", CommandException.quoted(value)), usage);
    }
  }
}
