package io.coshoring.core.api;

import io.coshoring.core.text.MemberText;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.WorkMode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a reader of the wall asks to see; every part is optional (null, or 0 shared hours).
 *
 * @param text words to look for, in the posts' text and skills
 * @param skill a skill's name or id, or a tag
 * @param workMode remote: the work can be done remotely; on-site: it can be done in person
 * @param minSharedHours the least working hours the author shares with the reader, at office hours
 *     in {@code viewerZone}
 */
public record WallQuery(
    String text,
    PostKind kind,
    String skill,
    String spaceId,
    String city,
    String language,
    WorkMode workMode,
    int minSharedHours,
    ZoneId viewerZone) {

  public static final int MAX_TEXT = 200;

  public WallQuery {
    text = blankAsNull(text);
    skill = blankAsNull(skill);
    spaceId = blankAsNull(spaceId);
    city = blankAsNull(city);
    language = blankAsNull(language);
    minSharedHours = Math.max(0, Math.min(minSharedHours, 24));
    viewerZone = viewerZone == null ? ZoneId.of("UTC") : viewerZone;
  }

  /** Everything, for a reader in UTC. */
  public static WallQuery everything() {
    return new WallQuery(null, null, null, null, null, null, null, 0, null);
  }

  /**
   * Whether a card shows under this query: for a post that opened while a page was open. The words
   * are each looked for in the text and skills, without case or accents; {@link Wall#cards} ranks
   * by the engine's search instead.
   */
  public boolean accepts(WallCard card, Instant now) {
    if (kind != null && card.kind() != kind) {
      return false;
    }
    if (spaceId != null && !card.spaceId().equals(spaceId)) {
      return false;
    }
    if (city != null && (card.city() == null || !folded(card.city()).equals(folded(city)))) {
      return false;
    }
    if (language != null && !card.languages().contains(language.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (workMode == WorkMode.REMOTE && card.workMode() == WorkMode.ONSITE
        || workMode == WorkMode.ONSITE && card.workMode() == WorkMode.REMOTE) {
      return false;
    }
    if (minSharedHours > 0
        && card.sharedHoursWith(viewerZone, now).toMinutes() < minSharedHours * 60L) {
      return false;
    }
    String written = folded(card.text() + " " + String.join(" ", card.skills()));
    if (skill != null
        && card.skills().stream().map(WallQuery::folded).noneMatch(folded(skill)::equals)) {
      return false;
    }
    return text == null || Arrays.stream(folded(text).split("\\s+")).allMatch(written::contains);
  }

  private static String folded(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
  }

  private static String blankAsNull(String value) {
    return value == null || MemberText.isBlank(value) ? null : MemberText.clean(value).strip();
  }
}
