package io.coshoring.matching;

/**
 * Each number the scorer weighs a pair with, by its name in {@code weights.properties}. What each
 * one means is written there, beside its value.
 */
enum Weight {
  TOPIC_SKILLS("topic.skills"),
  SKILL_CONTEXT("skill.context"),
  SKILL_NARROWER("skill.narrower"),
  SKILL_BROADER("skill.broader"),
  SKILL_RELATED("skill.related"),
  SKILL_SUGGESTED("skill.suggested"),
  PRACTICAL_SHARE("practical.share"),
  PRACTICAL_HOURS("practical.hours"),
  PRACTICAL_LANGUAGE("practical.language"),
  PRACTICAL_PLACE("practical.place"),
  PRACTICAL_PRICE("practical.price"),
  PRACTICAL_AVAILABILITY("practical.availability"),
  PRACTICAL_RECENCY("practical.recency"),
  PLACE_REMOTE_THOUGH_MEETING_WELCOME("place.remote-though-meeting-welcome"),
  FACTOR_PLACE_CONFLICT("factor.place-conflict"),
  FACTOR_PRESENCE_ASKED_REMOTE("factor.presence-asked-remote"),
  FACTOR_NO_COMMON_LANGUAGE("factor.no-common-language"),
  FACTOR_NO_SHARED_HOURS("factor.no-shared-hours"),
  FACTOR_MEETING_TIME_OUTSIDE_HOURS("factor.meeting-time-outside-hours"),
  FACTOR_UNAVAILABLE("factor.unavailable"),
  FACTOR_LANGUAGE_NOT_SPOKEN("factor.language-not-spoken"),
  FACTOR_TRANSLATION_DIRECTION("factor.translation-direction"),
  FACTOR_COUNTRY_NOT_SERVED("factor.country-not-served"),
  FACTOR_FAR_OVER_BUDGET("factor.far-over-budget"),
  PRICE_HALF_FIT_AT("price.half-fit-at"),
  PRICE_STEEPNESS("price.steepness"),
  PRICE_NEGOTIABLE_UP_TO("price.negotiable-up-to"),
  PRICE_UNWORKABLE_FROM("price.unworkable-from"),
  HOURS_FULL("hours.full"),
  RECENCY_HALF_LIFE_DAYS("recency.half-life-days");

  private final String key;

  Weight(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }
}
