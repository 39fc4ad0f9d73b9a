package io.coshoring.core.command;

import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.Space;
import java.time.ZoneId;

/**
 * Who runs a command: the member, their space, whether the platform says they are its admin, the id
 * of the channel it was typed in (null when it came from elsewhere), and the key of the request it
 * came in (null when it came straight, as from the console), so that running the same request again
 * after a crash finds what the first run did.
 */
public record Caller(
    Member member, Space space, boolean isPlatformAdmin, String channelId, String requestKey) {

  /** Admins are the platform's admins of the space and those the space lists. */
  public boolean isSpaceAdmin() {
    return isPlatformAdmin || space.isAdmin(member.id());
  }

  public ZoneId zone() {
    return member.zoneIn(space);
  }

  /** The language the bot answers the member in. */
  public Language language() {
    return member.languageIn(space);
  }

  /** The bot's texts in the member's language. */
  public Phrases phrases() {
    return Phrasebook.standard().in(language());
  }
}
