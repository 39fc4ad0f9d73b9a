package io.coshoring.core.profile;

import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandArguments;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.post.Posting;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.matching.Visibility;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /coshore setup city:Paris tz:Europe/Paris [share:network|space] [name:"..."]
 * [lang:en|fr|he]}: registers the space in the network; {@code lang:} is the language the bot
 * writes in to members who chose none and whose platform says none. Only its admins may run it; the
 * one who does becomes one of the space's admins for the bot too.
 */
public final class SetupCommand implements Command {

  private static final Set<String> KEYS = Set.of("city", "tz", "share", "name", "lang");

  private final SpaceStore spaces;
  private final MemberStore members;
  private final Posting posting;

  public SetupCommand(SpaceStore spaces, MemberStore members, Posting posting) {
    this.spaces = spaces;
    this.members = members;
    this.posting = posting;
  }

  @Override
  public String name() {
    return "setup";
  }

  @Override
  public String usage() {
    return "/coshore setup city:Paris tz:Europe/Paris [share:network|space] [name:\"Station F\"]"
        + " [lang:en|fr|he]";
  }

  @Override
  public Reply run(Caller caller, String text) {
    Phrases phrases = caller.phrases();
    if (!caller.isSpaceAdmin()) {
      return Reply.privately(phrases.get("setup.adminsOnly", "usage", usage()));
    }
    CommandArguments args = CommandArguments.parse(text, KEYS, usage(), phrases);
    Space space = caller.space();
    String city = args.has("city") ? args.option("city") : space.city();
    ZoneId zone = args.has("tz") ? zone(args.option("tz"), phrases) : space.zone();
    if (city == null || zone == null) {
      throw new CommandException(phrases.get("setup.cityAndZoneNeeded"), usage());
    }
    if (city.length() > 100) {
      throw new CommandException(phrases.get("setup.cityTooLong"), usage());
    }
    Visibility share = args.has("share") ? share(args.option("share"), phrases) : space.share();
    String name = args.has("name") ? args.option("name") : space.name();
    Language language =
        args.has("lang") ? language(args.option("lang"), phrases) : space.language();
    Set<String> admins = new HashSet<>(space.admins());
    admins.add(caller.member().id());
    Space updated =
        new Space(space.id(), name, city, zone, share, admins, language, space.platformLocale());
    spaces.save(updated);
    for (Member member : members.ofSpace(space.id())) {
      posting.refreshPostsOf(member, updated);
    }
    // The space's new language may be the caller's now.
    return Reply.privately(
        done(Phrasebook.standard().in(caller.member().languageIn(updated)), updated));
  }

  private static String done(Phrases phrases, Space space) {
    return phrases.get(
        "setup.done",
        "name",
        space.name(),
        "city",
        space.city(),
        "timezone",
        space.zone().getId(),
        "share",
        space.share().name().toLowerCase(Locale.ROOT),
        "language",
        space.defaultLanguage().ownName());
  }

  private ZoneId zone(String value, Phrases phrases) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new CommandException(
          phrases.get("setup.badTimezone", "value", CommandException.quoted(value)), usage());
    }
  }

  private Visibility share(String value, Phrases phrases) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "network":
        return Visibility.NETWORK;
      case "space":
        return Visibility.SPACE;
      default:
        throw new CommandException(
            phrases.get("setup.badShare", "value", CommandException.quoted(value)), usage());
    }
  }

  private Language language(String value, Phrases phrases) {
    return Language.of(value)
        .orElseThrow(
            () ->
                new CommandException(
                    phrases.get("setup.badLanguage", "value", CommandException.quoted(value)),
                    usage()));
  }
}
