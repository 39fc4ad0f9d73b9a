package io.coshoring.deploy.faults;

/** A member the harness plays: on Slack their user id, on Discord their snowflake. */
record Member(Platform platform, String id, String name) {

  enum Platform {
    SLACK,
    DISCORD
  }

  boolean onSlack() {
    return platform == Platform.SLACK;
  }
}
