package io.coshoring.core.post;

import io.coshoring.core.cli.CommandArguments;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.text.MemberText;
import io.coshoring.matching.InvalidPostException;
import io.coshoring.matching.Overlap;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.Price;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
      Set.of("rate", "budget", "city", "until", "visibility", "overlap");
  private static final Map<String, WorkMode> MODES =
      Map.of(
          "remote", WorkMode.REMOTE,
          "onsite", WorkMode.ONSITE,
          "on-site", WorkMode.ONSITE,
          "either", WorkMode.EITHER,
          "hybrid", WorkMode.EITHER);

  /**
   * A price written as the errors show it, {@code rate:60 EUR/hour}: its amount and its currency
   * are one value, though a space parts them.
   */
  private static final Pattern SPACED_PRICE =
      Pattern.compile(
          "(?i)\\b(rate|budget):(\\d[\\d.,]*)\\s+([A-Z]{3}|[€$£₪])(/[a-z]+)?(?=[\\s.,;!?]|$)");

  public static String usage(PostKind kind) {
    return kind == PostKind.OFFER
        ? "/offer <what you offer> [rate:60EUR/hour] [remote|onsite|either] [city:Paris]"
            + " [until:2026-12-31] [visibility:space|network] [overlap:live|async]"
        : "/demand <what you need> [budget:3000EUR] [remote|onsite|either] [city:Paris]"
            + " [until:2026-12-31] [visibility:space|network] [overlap:live|async]";
  }

  /** The engine's refusal as a command's answer shows it: what was typed quoted as literal text. */
  public static String described(InvalidPostException error) {
    return error.field() + ": " + error.explained(CommandException::quoted);
  }

  /** Reads the command line; {@code today} is the member's date, to check {@code until:}. */
  public static PostRequest parse(PostKind kind, String line, LocalDate today) {
    String usage = usage(kind);
    String joined = line == null ? null : SPACED_PRICE.matcher(line).replaceAll("$1:\"$2 $3$4\"");
    CommandArguments args = CommandArguments.parse(joined, KEYS, usage);
    if (MemberText.isBlank(args.text())) {
      throw new CommandException(
          kind == PostKind.OFFER
              ? "please describe what you offer, for example: /offer I edit promo videos, FR/EN"
              : "please describe what you need, for example: /demand need a React dev, 3 weeks, remote",
          usage);
    }
    String priceKey = kind == PostKind.OFFER ? "rate" : "budget";
    String otherKey = kind == PostKind.OFFER ? "budget" : "rate";
    if (args.has(otherKey)) {
      throw new CommandException(
          otherKey
              + ": is for "
              + (kind == PostKind.OFFER ? "demands" : "offers")
              + "; use "
              + priceKey
              + ": here",
          usage);
    }
    try {
      Price price = args.has(priceKey) ? Price.parse(priceKey, args.option(priceKey)) : null;
      return new PostRequest(
          kind,
          args.text(),
          price,
          workMode(args, usage),
          args.option("city"),
          until(args.option("until"), today, usage),
          visibility(args.option("visibility"), usage),
          args.has("overlap") ? Overlap.parse(args.option("overlap")) : null);
    } catch (InvalidPostException e) {
      throw new CommandException(described(e), usage);
    }
  }

  private static WorkMode workMode(CommandArguments args, String usage) {
    WorkMode mode = null;
    for (String word : args.words()) {
      WorkMode named = MODES.get(word.toLowerCase(Locale.ROOT).replaceAll("[.,;!]+$", ""));
      if (named != null && mode != null && named != mode) {
        throw new CommandException(
            "the post says both "
                + mode.name().toLowerCase(Locale.ROOT)
                + " and "
                + named.name().toLowerCase(Locale.ROOT)
                + "; say \"either\" if both suit you",
            usage);
      }
      mode = named != null ? named : mode;
    }
    return mode == null ? WorkMode.REMOTE : mode;
  }

  private static LocalDate until(String value, LocalDate today, String usage) {
    if (value == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.isBefore(today)) {
        throw new CommandException(
            "until: " + value + " is in the past; give a date from today on", usage);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new CommandException(
          "until: " + CommandException.quoted(value) + " is not a date; write it as 2026-12-31",
          usage);
    }
  }

  private static Visibility visibility(String value, String usage) {
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
            "visibility: " + CommandException.quoted(value) + " is not one of space or network",
            usage);
    }
  }
}
