package io.coshoring.core.bridge;

import io.coshoring.core.api.Reply;
import io.coshoring.core.command.ButtonAction;
import io.coshoring.core.match.MatchMessages;

/** "Open a project room", on the introduction of a pair who both said yes. */
final class OpenRoomButton implements ButtonAction {

  private final ProjectRooms rooms;

  OpenRoomButton(ProjectRooms rooms) {
    this.rooms = rooms;
  }

  @Override
  public String prefix() {
    return MatchMessages.OPEN_ROOM;
  }

  @Override
  public Reply click(String memberId, String matchId) {
    return Reply.privately(rooms.open(memberId, matchId));
  }
}
