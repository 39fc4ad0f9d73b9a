package io.coshoring.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;

/** The Slack SDK, pointed at the Web API the settings name: Slack's own, or a test's fake. */
final class SlackClients {

  private final Slack slack;

  SlackClients(String apiUrl) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(apiUrl);
    // The SDK's call statistics run background jobs we have no use for.
    config.setStatsEnabled(false);
    this.slack = Slack.getInstance(config);
  }

  Slack slack() {
    return slack;
  }

  MethodsClient methods(String token) {
    return slack.methods(token);
  }
}
