package io.coshoring.slack;

import io.coshoring.core.adapter.CallerLookup;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.api.InboundCommand;
import java.util.Optional;

/**
 * Turns who sent a Slack request into the core's terms: space, member, name, admin or not, the
 * locale their Slack runs in. A command is taken before its sender is looked up (Slack gives 3
 * seconds to ack, and {@code users.info} may take them); the core looks them up here when it runs
 * the command.
 */
final class SlackCallers implements CallerLookup {

  private final SlackMembers members;

  SlackCallers(SlackMembers members) {
    this.members = members;
  }

  @Override
  public Caller lookUp(MemberRef member, String nameGiven) {
    return caller(member, members.of(SlackIds.teamOf(member), SlackIds.userOf(member), nameGiven));
  }

  private static Caller caller(MemberRef member, SlackMembers.Profile profile) {
    return new Caller(
        profile.displayName() == null ? member.local() : profile.displayName(),
        profile.admin(),
        profile.locale());
  }

  /**
   * The member as far as known here, without asking Slack: for what cannot wait for {@code
   * users.info}; empty when their profile is not at hand.
   */
  Optional<Caller> known(MemberRef member) {
    return members
        .known(SlackIds.teamOf(member), SlackIds.userOf(member))
        .map(profile -> caller(member, profile));
  }

  /**
   * The command as Slack sent it, its sender not looked up yet: the name Slack gave, no admin
   * rights until {@link #lookUp} says.
   */
  InboundCommand taken(
      String teamId,
      String teamName,
      String userId,
      String userName,
      String command,
      String text,
      String channelId) {
    return new InboundCommand(
        SlackIds.member(teamId, userId),
        userName == null || userName.isBlank() ? userId : userName,
        teamName == null || teamName.isBlank() ? teamId : teamName,
        false,
        command,
        text,
        channelId == null ? null : SlackIds.channel(teamId, channelId));
  }

  /**
   * The command with its sender looked up at once, for what Slack lets wait for it.
   *
   * @param channelId where the command was typed, or null
   */
  InboundCommand command(
      String teamId,
      String teamName,
      String userId,
      String userName,
      String command,
      String text,
      String channelId) {
    InboundCommand taken = taken(teamId, teamName, userId, userName, command, text, channelId);
    Caller caller = lookUp(taken.member(), taken.displayName());
    return taken.withCaller(caller.displayName(), caller.isSpaceAdmin(), caller.locale());
  }
}
