package io.coshoring.slack;

import io.coshoring.core.api.InboundCommand;

/** Turns who sent a Slack request into the core's terms: space, member, name, admin or not. */
final class SlackCallers {

  private final SlackMembers members;

  SlackCallers(SlackMembers members) {
    this.members = members;
  }

  /**
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
    SlackMembers.Profile profile = members.of(teamId, userId, userName);
    return new InboundCommand(
        SlackIds.member(teamId, userId),
        profile.displayName() == null ? userId : profile.displayName(),
        teamName == null || teamName.isBlank() ? teamId : teamName,
        profile.admin(),
        command,
        text,
        channelId == null ? null : SlackIds.channel(teamId, channelId));
  }
}
