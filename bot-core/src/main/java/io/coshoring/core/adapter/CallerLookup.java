package io.coshoring.core.adapter;

/**
 * An adapter whose requests arrive before it knows who sent them: Slack names the user, but their
 * display name and admin rights need a call to Slack, which the acknowledgement cannot wait for.
 * The core asks when it runs the request.
 */
public interface CallerLookup {

  /** The member's name on the platform and whether they administer their space. */
  Caller lookUp(MemberRef member, String nameGiven);

  record Caller(String displayName, boolean isSpaceAdmin) {}
}
