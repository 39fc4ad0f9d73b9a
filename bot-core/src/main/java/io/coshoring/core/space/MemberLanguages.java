package io.coshoring.core.space;

import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;

/**
 * The language the bot writes to a member in, found from their id alone, for answers to what
 * carries no profile with it (a click on a button, a message sent later).
 */
public final class MemberLanguages {

  private final MemberStore members;
  private final SpaceStore spaces;

  public MemberLanguages(MemberStore members, SpaceStore spaces) {
    this.members = members;
    this.spaces = spaces;
  }

  /** The bot's texts in the member's language; English for a member the network does not know. */
  public Phrases of(String memberId) {
    Language language =
        members
            .find(memberId)
            .flatMap(member -> spaces.find(member.spaceId()).map(space -> member.languageIn(space)))
            .orElse(Language.ENGLISH);
    return Phrasebook.standard().in(language);
  }
}
