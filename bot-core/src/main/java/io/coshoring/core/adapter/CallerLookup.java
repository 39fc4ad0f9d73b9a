package io.coshoring.core.adapter;

/**
 * An adapter whose requests arrive before it knows who sent them: Slack names the user, but their
 * display name and admin rights need a call to Slack, which the acknowledgement cannot wait for.
 * The core asks when it runs the request.
 */
public interface CallerLookup {

  /**
   * The member's name on the platform, whether they administer their space, and the locale their
   * platform runs in.
   */
  Caller lookUp(MemberRef member, String nameGiven);

  /**
   * @param locale as the platform writes it ({@code fr-FR}), or null when it does not say
   */
  record Caller(String displayName, boolean isSpaceAdmin, String locale) {}
}
