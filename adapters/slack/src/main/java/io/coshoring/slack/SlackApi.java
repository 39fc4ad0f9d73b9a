package io.coshoring.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.coshoring.core.adapter.DeliveryException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Web API with a workspace's bot token and turns Slack's failures into what the core's
 * dispatchers understand: a 429 and its Retry-After, a 5xx or a timeout are worth retrying; a
 * revoked token (the workspace is marked inactive) and the refusals {@link SlackRefusals} words are
 * not.
 */
final class SlackApi {

  /** Slack's answers that mean the workspace's token is gone. */
  static final Set<String> TOKEN_GONE =
      Set.of(
          "invalid_auth",
          "account_inactive",
          "token_revoked",
          "token_expired",
          "not_authed",
          "team_access_not_granted",
          "team_disabled");

  private static final Logger log = LoggerFactory.getLogger(SlackApi.class);

  private final SlackClients clients;
  private final BotTokens tokens;

  SlackApi(SlackClients clients, BotTokens tokens) {
    this.clients = clients;
    this.tokens = tokens;
  }

  <T extends SlackApiTextResponse> T call(String team, SlackCall<T> call) throws DeliveryException {
    return call(team, call, Set.of());
  }

  /**
   * A call whose refusals in {@code harmless} leave things as the caller wants them (a reaction
   * already there): Slack's answer is returned, not thrown.
   */
  <T extends SlackApiTextResponse> T call(String team, SlackCall<T> call, Set<String> harmless)
      throws DeliveryException {
    String token = token(team);
    T response;
    try {
      response = call.on(clients.methods(token));
    } catch (SlackApiException e) {
      throw failure(team, e);
    } catch (IOException e) {
      throw DeliveryException.temporary("Slack did not answer: " + e.getMessage(), e);
    }
    if (!response.isOk() && !harmless.contains(response.getError())) {
      throw refusal(team, response.getError(), response.getNeeded());
    }
    return response;
  }

  /** The workspace's bot token, for what the Web API's methods do not cover: files' bytes. */
  String token(String team) throws DeliveryException {
    return tokens
        .forTeam(team)
        .orElseThrow(
            () ->
                DeliveryException.permanent(
                    "Slack workspace " + team + " has no active installation",
                    SlackRefusals.uninstalled(),
                    null));
  }

  /**
   * A read the caller can do without: Slack's answer, or empty when Slack refuses it for good (a
   * workspace that has not granted the scope yet), and the log says why. What may pass (a 429, a
   * 5xx) is thrown, for the caller to be tried again.
   */
  <T extends SlackApiTextResponse> Optional<T> readIfAllowed(
      String team, String what, SlackCall<T> call) throws DeliveryException {
    try {
      return Optional.of(call(team, call));
    } catch (DeliveryException e) {
      if (e.retryable()) {
        throw e;
      }
      log.warn("Slack: could not read {} in {}: {}", what, team, e.getMessage());
      return Optional.empty();
    }
  }

  private DeliveryException failure(String team, SlackApiException e) {
    int status = e.getResponse().code();
    if (status == 429) {
      return DeliveryException.rateLimited(
          "Slack is rate limiting this workspace",
          retryAfter(e.getResponse().header("Retry-After")));
    }
    if (e.getError() != null && e.getError().getError() != null) {
      return refusal(team, e.getError().getError(), e.getError().getNeeded());
    }
    return status >= 500
        ? DeliveryException.temporary("Slack answered HTTP " + status, e)
        : DeliveryException.permanent("Slack answered HTTP " + status, e);
  }

  private DeliveryException refusal(String team, String error, String neededScope) {
    if (TOKEN_GONE.contains(error)) {
      tokens.refused(team, error);
      return DeliveryException.permanent(
          "Slack refused the workspace's token: " + error, SlackRefusals.uninstalled(), null);
    }
    return SlackRefusals.of(error, neededScope);
  }

  private static Duration retryAfter(String header) {
    try {
      return Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
    } catch (RuntimeException e) {
      return Duration.ofSeconds(30);
    }
  }

  @FunctionalInterface
  interface SlackCall<T> {
    T on(MethodsClient client) throws IOException, SlackApiException;
  }
}
