package io.coshoring.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.coshoring.core.port.ChatPort;
import io.coshoring.core.port.DeliveryException;
import io.coshoring.core.port.MessageRef;
import io.coshoring.core.port.OutgoingMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Sends the core's messages through Slack's Web API with the workspace's bot token, and tells the
 * core's dispatcher which failures are worth retrying: a 429 with its Retry-After, a 5xx or a
 * timeout are; a revoked token, an unknown user or a closed DM are not.
 */
final class SlackChatPort implements ChatPort {

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

  private static final Set<String> TRY_AGAIN =
      Set.of(
          "ratelimited", "fatal_error", "internal_error", "service_unavailable", "request_timeout");

  private final SlackClients clients;
  private final BotTokens tokens;

  SlackChatPort(SlackClients clients, BotTokens tokens) {
    this.clients = clients;
    this.tokens = tokens;
  }

  @Override
  public MessageRef sendDirect(String memberId, OutgoingMessage message, String idempotencyKey)
      throws DeliveryException {
    // Posting to a user id opens, or reuses, the DM between the bot and that user.
    return postTo(memberId, message);
  }

  @Override
  public MessageRef post(String channelId, OutgoingMessage message) throws DeliveryException {
    return postTo(channelId, message);
  }

  /** Posts to the channel or user an id names, in its workspace. */
  private MessageRef postTo(String id, OutgoingMessage message) throws DeliveryException {
    String team = SlackIds.teamOf(id);
    ChatPostMessageResponse sent =
        call(
            team,
            client ->
                client.chatPostMessage(
                    r ->
                        r.channel(SlackIds.localPartOf(id))
                            .text(BlockKit.fallback(message))
                            .blocks(BlockKit.blocks(message))));
    return new MessageRef(SlackIds.channel(team, sent.getChannel()), sent.getTs());
  }

  @Override
  public void update(MessageRef where, OutgoingMessage message) throws DeliveryException {
    String team = SlackIds.teamOf(where.channelId());
    call(
        team,
        client ->
            client.chatUpdate(
                r ->
                    r.channel(SlackIds.localPartOf(where.channelId()))
                        .ts(where.messageId())
                        .text(BlockKit.fallback(message))
                        .blocks(BlockKit.blocks(message))));
  }

  @Override
  public void delete(MessageRef where) throws DeliveryException {
    String team = SlackIds.teamOf(where.channelId());
    call(
        team,
        client ->
            client.chatDelete(
                r -> r.channel(SlackIds.localPartOf(where.channelId())).ts(where.messageId())));
  }

  private <T extends SlackApiTextResponse> T call(String team, SlackCall<T> call)
      throws DeliveryException {
    String token =
        tokens
            .forTeam(team)
            .orElseThrow(
                () ->
                    DeliveryException.permanent(
                        "Slack workspace " + team + " has no active installation", null));
    T response;
    try {
      response = call.on(clients.methods(token));
    } catch (SlackApiException e) {
      throw failure(team, e);
    } catch (IOException e) {
      throw DeliveryException.temporary("Slack did not answer: " + e.getMessage(), e);
    }
    if (!response.isOk()) {
      throw refusal(team, response.getError());
    }
    return response;
  }

  private DeliveryException failure(String team, SlackApiException e) {
    int status = e.getResponse().code();
    if (status == 429) {
      return DeliveryException.rateLimited(
          "Slack is rate limiting this workspace",
          retryAfter(e.getResponse().header("Retry-After")));
    }
    if (e.getError() != null && e.getError().getError() != null) {
      return refusal(team, e.getError().getError());
    }
    return status >= 500
        ? DeliveryException.temporary("Slack answered HTTP " + status, e)
        : DeliveryException.permanent("Slack answered HTTP " + status, e);
  }

  private DeliveryException refusal(String team, String error) {
    if (TOKEN_GONE.contains(error)) {
      tokens.refused(team, error);
      return DeliveryException.permanent("Slack refused the workspace's token: " + error, null);
    }
    return TRY_AGAIN.contains(error)
        ? DeliveryException.temporary("Slack answered " + error, null)
        : DeliveryException.permanent("Slack answered " + error, null);
  }

  private static Duration retryAfter(String header) {
    try {
      return Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
    } catch (RuntimeException e) {
      return Duration.ofSeconds(30);
    }
  }

  @FunctionalInterface
  private interface SlackCall<T> {
    T on(MethodsClient client) throws IOException, SlackApiException;
  }
}
