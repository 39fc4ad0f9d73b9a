package io.coshoring.core.profile;

import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandArguments;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.post.PostRequest;
import io.coshoring.core.post.Posting;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.NameOnWall;
import io.coshoring.core.space.NotifyMode;
import io.coshoring.matching.InvalidPostException;
import io.coshoring.matching.Languages;
import io.coshoring.matching.WorkingHours;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /coshore profile tz:Europe/Paris hours:9-18 lang:fr,en notify:instant|daily|off
 * name:first|full}: what matching knows of the member, and how the network's wall names them.
 * Without options it shows the profile. The first of the languages the bot writes in is the one it
 * writes to the member in.
 */
public final class ProfileCommand implements Command {

  private static final Set<String> KEYS = Set.of("tz", "hours", "lang", "notify", "name");

  private final MemberStore members;
  private final Posting posting;

  public ProfileCommand(MemberStore members, Posting posting) {
    this.members = members;
    this.posting = posting;
  }

  @Override
  public String name() {
    return "profile";
  }

  @Override
  public String usage() {
    return "/coshore profile [tz:Europe/Paris] [hours:9-18] [lang:fr,en] [notify:instant|daily|off]"
        + " [name:first|full]";
  }

  @Override
  public Reply run(Caller caller, String text) {
    Phrases phrases = caller.phrases();
    CommandArguments args = CommandArguments.parse(text, KEYS, usage(), phrases);
    if (!args.words().isEmpty()) {
      throw new CommandException(
          phrases.get("command.unknownWord", "word", CommandException.quoted(args.words().get(0))),
          usage());
    }
    Member member = caller.member();
    if (KEYS.stream().anyMatch(args::has)) {
      member =
          new Member(
              member.id(),
              member.spaceId(),
              member.displayName(),
              args.has("tz") ? zone(args.option("tz"), phrases) : member.zone(),
              args.has("hours") ? hours(args.option("hours"), phrases) : member.hours(),
              args.has("lang") ? languages(args.option("lang"), phrases) : member.languages(),
              args.has("notify") ? notify(args.option("notify"), phrases) : member.notifyMode(),
              member.platformLocale(),
              args.has("name") ? nameOnWall(args.option("name"), phrases) : member.nameOnWall());
      members.save(member);
      // Their open posts are shown again as they now are: on the wall, with the name they chose.
      posting.refreshPostsOf(member, caller.space());
      // A new first language changes the language of this very answer.
      phrases = Phrasebook.standard().in(member.languageIn(caller.space()));
    }
    return Reply.privately(
        phrases.get(
            "profile.shown",
            "timezone",
            member.zone() == null ? phrases.get("profile.timezoneUnset") : member.zone().getId(),
            "hours",
            member.hours().toString(),
            "languages",
            member.languages().isEmpty()
                ? phrases.get("profile.languagesUnset")
                : String.join(", ", member.languages()),
            "language",
            member.languageIn(caller.space()).ownName(),
            "notify",
            phrases.get(
                "profile.notify", "mode", member.notifyMode().name().toLowerCase(Locale.ROOT)),
            "nameOnWall",
            phrases.get(
                "profile.nameOnWall",
                "name",
                member.nameOnWall().name().toLowerCase(Locale.ROOT))));
  }

  private ZoneId zone(String value, Phrases phrases) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new CommandException(
          phrases.get("profile.badTimezone", "value", CommandException.quoted(value)), usage());
    }
  }

  private WorkingHours hours(String value, Phrases phrases) {
    try {
      return WorkingHours.parse(value);
    } catch (InvalidPostException e) {
      throw new CommandException(PostRequest.described(e, phrases), usage());
    }
  }

  private Set<String> languages(String value, Phrases phrases) {
    try {
      return Languages.checked(Arrays.asList(value.split(",")));
    } catch (InvalidPostException e) {
      throw new CommandException(
          phrases.get("profile.badLanguages", "value", CommandException.quoted(value)), usage());
    }
  }

  private NameOnWall nameOnWall(String value, Phrases phrases) {
    try {
      return NameOnWall.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandException(
          phrases.get("profile.badName", "value", CommandException.quoted(value)), usage());
    }
  }

  private NotifyMode notify(String value, Phrases phrases) {
    try {
      return NotifyMode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandException(
          phrases.get("profile.badNotify", "value", CommandException.quoted(value)), usage());
    }
  }
}
