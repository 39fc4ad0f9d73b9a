package io.coshoring.core.profile;

import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandArguments;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.post.PostRequest;
import io.coshoring.core.post.Posting;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberStore;
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
 * {@code /coshore profile tz:Europe/Paris hours:9-18 lang:fr,en notify:instant|daily|off}: what
 * matching knows of the member. Without options it shows the profile.
 */
public final class ProfileCommand implements Command {

  private static final Set<String> KEYS = Set.of("tz", "hours", "lang", "notify");

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
    return "/coshore profile [tz:Europe/Paris] [hours:9-18] [lang:fr,en] [notify:instant|daily|off]";
  }

  @Override
  public Reply run(Caller caller, String text) {
    CommandArguments args = CommandArguments.parse(text, KEYS, usage());
    if (!args.words().isEmpty()) {
      throw new CommandException(
          "I don't know " + CommandException.quoted(args.words().get(0)) + " here", usage());
    }
    Member member = caller.member();
    if (args.has("tz") || args.has("hours") || args.has("lang") || args.has("notify")) {
      member =
          new Member(
              member.id(),
              member.spaceId(),
              member.displayName(),
              args.has("tz") ? zone(args.option("tz")) : member.zone(),
              args.has("hours") ? hours(args.option("hours")) : member.hours(),
              args.has("lang") ? languages(args.option("lang")) : member.languages(),
              args.has("notify") ? notify(args.option("notify")) : member.notifyMode());
      members.save(member);
      posting.refreshPostsOf(member, caller.space());
    }
    return Reply.privately(
        "**Your profile**\ntimezone: "
            + (member.zone() == null ? "not set (the space's is used)" : member.zone().getId())
            + "\nworking hours: "
            + member.hours()
            + "\nlanguages: "
            + (member.languages().isEmpty() ? "not set" : String.join(", ", member.languages()))
            + "\nmatch messages: "
            + member.notifyMode().name().toLowerCase(Locale.ROOT));
  }

  private ZoneId zone(String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new CommandException(
          "tz: "
              + CommandException.quoted(value)
              + " is not a known timezone; use an IANA id such as Europe/Paris or Asia/Jerusalem",
          usage());
    }
  }

  private WorkingHours hours(String value) {
    try {
      return WorkingHours.parse(value);
    } catch (InvalidPostException e) {
      throw new CommandException(PostRequest.described(e), usage());
    }
  }

  private Set<String> languages(String value) {
    try {
      return Languages.checked(Arrays.asList(value.split(",")));
    } catch (InvalidPostException e) {
      throw new CommandException("lang: " + e.explained(CommandException::quoted), usage());
    }
  }

  private NotifyMode notify(String value) {
    try {
      return NotifyMode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandException(
          "notify: " + CommandException.quoted(value) + " is not one of instant, daily or off",
          usage());
    }
  }
}
