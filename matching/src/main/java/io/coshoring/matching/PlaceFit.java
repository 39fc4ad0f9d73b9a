package io.coshoring.matching;

/** Whether a pair can work where each wants to: remote, or on site in the same city. */
final class PlaceFit {

  private PlaceFit() {}

  /** How a pair works as to place. */
  enum Place {
    /** As each wants: remote, or on-site in the same city. */
    MEET,
    /**
     * Remote, while the demand would have welcomed someone coming to its city ("ideally on site in
     * Lyon two days a week"): workable, but someone who can come suits better.
     */
    REMOTE_THOUGH_MEETING_WELCOME,
    /**
     * Remote, while the demand asks in words for someone to come to its place ("come to our Paris
     * office once a week"): the visits it asks for cannot happen.
     */
    REMOTE_THOUGH_PRESENCE_ASKED,
    /** On-site work that cannot happen. */
    CONFLICT
  }

  /**
   * @param presenceAsked whether the demand's text asks for someone to come to its place (see
   *     {@link PresenceWords})
   */
  static Place of(Post demand, Post offer, boolean presenceAsked, Reasons reasons) {
    boolean sameCity =
        demand.city() != null && demand.city().equalsIgnoreCase(String.valueOf(offer.city()));
    boolean canMeet =
        sameCity && demand.workMode().allowsOnsite() && offer.workMode().allowsOnsite();
    boolean remote = demand.workMode().allowsRemote() && offer.workMode().allowsRemote();
    if (canMeet) {
      reasons.add(() -> Reason.of(remote ? "remoteBothInCity" : "onSite", "city", demand.city()));
      return Place.MEET;
    }
    boolean cityWelcome = demand.workMode().allowsOnsite() && demand.city() != null;
    if (remote && cityWelcome && presenceAsked) {
      reasons.add(() -> Reason.of("remoteThoughPresenceAsked", "city", demand.city()));
      return Place.REMOTE_THOUGH_PRESENCE_ASKED;
    }
    if (remote) {
      reasons.add(() -> Reason.of("remote"));
      return cityWelcome ? Place.REMOTE_THOUGH_MEETING_WELCOME : Place.MEET;
    }
    reasons.add(
        () ->
            Reason.of(
                "placesApart",
                "demandWorks",
                where(demand),
                "demandCity",
                String.valueOf(demand.city()),
                "offerWorks",
                where(offer),
                "offerCity",
                String.valueOf(offer.city())));
    return Place.CONFLICT;
  }

  /** How a post works, as the reason's words are chosen by: {@code remote} or {@code onsite}. */
  private static String where(Post post) {
    return post.workMode() == WorkMode.REMOTE ? "remote" : "onsite";
  }
}
