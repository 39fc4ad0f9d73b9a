package io.coshoring.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.adapter.Replier;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Answers a command at its response URL, which Slack keeps valid for 30 minutes and 5 answers,
 * visible to the member alone; a click's answer replaces the clicked message's buttons ({@link
 * ButtonClicks}), or goes to the click's response URL when that message cannot be read. The core
 * sends it from its outbox, after a restart too.
 */
final class SlackReplies implements Replier {

  private final SlackClients clients;
  private final ButtonClicks buttons;

  SlackReplies(SlackClients clients, ButtonClicks buttons) {
    this.clients = clients;
    this.buttons = buttons;
  }

  @Override
  public void reply(MemberRef member, String replyTo, OutgoingMessage message)
      throws DeliveryException {
    Optional<ClickedMessage> clicked = ClickedMessage.from(replyTo);
    if (clicked.isPresent() && buttons.answerInPlace(member, clicked.get(), message)) {
      return;
    }
    send(clicked.map(ClickedMessage::responseUrl).orElse(replyTo), message);
  }

  private void send(String responseUrl, OutgoingMessage message) throws DeliveryException {
    String answer =
        GsonFactory.createSnakeCase()
            .toJson(
                SlashCommandResponse.builder()
                    .responseType("ephemeral")
                    .text(SlackRenderer.fallback(message))
                    .blocks(SlackRenderer.blocks(message))
                    .build());
    WebhookResponse sent;
    try {
      sent = clients.slack().send(responseUrl, answer);
    } catch (IOException e) {
      throw DeliveryException.temporary("Slack did not answer: " + e.getMessage(), e);
    }
    int status = sent.getCode();
    if (status == 429) {
      throw DeliveryException.rateLimited(
          "Slack is rate limiting response URLs", Duration.ofSeconds(1));
    }
    if (status >= 500) {
      throw DeliveryException.temporary("Slack answered HTTP " + status, null);
    }
    if (status >= 300) {
      // An expired or used-up response URL will not take the answer later either.
      throw DeliveryException.permanent(
          "Slack refused the answer: HTTP " + status + " " + sent.getBody(), null);
    }
  }
}
