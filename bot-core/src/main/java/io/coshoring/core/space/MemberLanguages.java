package io.coshoring.core.space;

import io.coshoring.core.adapter.MemberRef;
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

  /**
   * The bot's texts for a member of a space as their platform shows them now, in {@code locale}
   * (null when it does not say), before any command of theirs was run: for the forms and pages a
   * platform draws itself.
   */
  public Phrases of(MemberRef member, String locale) {
    Member known =
        members
            .find(member.id())
            .orElseGet(() -> Member.newcomer(member.id(), member.space().id(), member.local()));
    Member seen = locale == null ? known : known.seenIn(locale);
    Language spaceLanguage =
        spaces.find(member.space().id()).map(Space::defaultLanguage).orElse(null);
    return Phrasebook.standard().in(seen.languageOr(spaceLanguage));
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
