package io.coshoring.core.bridge;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.api.Reply;
import io.coshoring.core.command.ButtonAction;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.match.MatchMessages;
import java.util.List;

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

  /** A room that could not open keeps its button, for a try once the cause is mended. */
  @Override
  public Reply click(String memberId, String matchId, Phrases phrases) {
    try {
      return Reply.privately(rooms.open(memberId, matchId, phrases));
    } catch (ProjectRooms.RoomNotOpened e) {
      return Reply.privately(
          new OutgoingMessage(
              e.getMessage(),
              List.of(),
              List.of(
                  new Button(
                      prefix() + matchId, phrases.get("room.tryAgain"), Button.Style.PRIMARY))));
    }
  }
}
