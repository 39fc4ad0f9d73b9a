package io.coshoring.slack.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewTitle;
import com.slack.api.webhook.WebhookResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake answers the real Slack SDK as Slack would, and records what the SDK sent. */
class FakeSlackTest {

  private static final Duration WAIT = Duration.ofSeconds(2);

  private FakeSlack fake;
  private Slack slack;
  private MethodsClient bot;

  @BeforeEach
  void start() {
    fake = FakeSlack.start();
    fake.addWorkspace("T1", "Paris Hub", "xoxb-1");
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    slack = Slack.getInstance(config);
    bot = slack.methods("xoxb-1");
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
    fake.close();
  }

  @Test
  void authTestAnswersTheWorkspaceOfTheToken() throws Exception {
    AuthTestResponse known = bot.authTest(r -> r);
    AuthTestResponse unknown = slack.methods("xoxb-nobody").authTest(r -> r);

    assertTrue(known.isOk(), known.getError());
    assertEquals("T1", known.getTeamId());
    assertEquals("Paris Hub", known.getTeam());
    assertEquals("UBOT", known.getUserId());
    assertEquals("BBOT", known.getBotId());
    assertEquals("https://paris-hub.slack.com/", known.getUrl());
    assertFalse(unknown.isOk());
    assertEquals("invalid_auth", unknown.getError());
  }

  @Test
  void postedMessagesAreRecordedAsFormFieldsWithTheBearerToken() throws Exception {
    ChatPostMessageResponse first = bot.chatPostMessage(r -> r.channel("C1").text("hello"));
    ChatPostMessageResponse dm = bot.chatPostMessage(r -> r.channel("U7").text("psst"));

    SlackCall call = fake.awaitCall("chat.postMessage", c -> "C1".equals(c.param("channel")), WAIT);
    assertEquals("xoxb-1", call.token());
    assertEquals("hello", call.param("text"));
    assertTrue(first.isOk(), first.getError());
    assertEquals("C1", first.getChannel());
    assertEquals("hello", first.getMessage().getText());
    assertEquals("DU7", dm.getChannel());
    assertTrue(dm.getTs().compareTo(first.getTs()) > 0, dm.getTs() + " after " + first.getTs());
  }

  @Test
  void aRateLimitedCallThrowsWith429AndRetryAfterAndIsNotRetriedBySdk() throws Exception {
    fake.rateLimitNext("chat.postMessage", 1, 3);

    SlackApiException limited =
        assertThrows(
            SlackApiException.class, () -> bot.chatPostMessage(r -> r.channel("C1").text("a")));
    ChatPostMessageResponse next = bot.chatPostMessage(r -> r.channel("C1").text("b"));

    assertEquals(429, limited.getResponse().code());
    assertEquals("3", limited.getResponse().header("Retry-After"));
    assertEquals("ratelimited", limited.getError().getError());
    assertTrue(next.isOk());
    assertEquals(2, fake.calls("chat.postMessage").size());
  }

  @Test
  void serverErrorsThrowAndSlackErrorsComeBackAsNotOk() throws Exception {
    fake.serverErrorNext("chat.update", 1);
    fake.errorNext("chat.postMessage", 1, "channel_not_found");

    SlackApiException failed =
        assertThrows(
            SlackApiException.class,
            () -> bot.chatUpdate(r -> r.channel("C1").ts("1.2").text("x")));
    ChatPostMessageResponse refused = bot.chatPostMessage(r -> r.channel("C9").text("x"));

    assertEquals(500, failed.getResponse().code());
    assertFalse(refused.isOk());
    assertEquals("channel_not_found", refused.getError());
  }

  @Test
  void aFaultForAnyMethodSparesAuthTestAndARevokedTokenIsInactiveEverywhere() throws Exception {
    fake.errorNext(null, 1, "fatal_error");

    assertTrue(bot.authTest(r -> r).isOk());
    assertEquals("fatal_error", bot.chatDelete(r -> r.channel("C1").ts("1.2")).getError());
    assertTrue(bot.chatDelete(r -> r.channel("C1").ts("1.2")).isOk());

    fake.revoke("xoxb-1");
    assertEquals("account_inactive", bot.authTest(r -> r).getError());
    assertEquals(
        "account_inactive", bot.chatPostMessage(r -> r.channel("C1").text("x")).getError());
  }

  @Test
  void aSlowedMethodAnswersLate() throws Exception {
    fake.addUser("T1", "U1", "amelie", "Europe/Paris", false);
    fake.slowDown("users.info", Duration.ofMillis(300));

    long started = System.nanoTime();
    bot.usersInfo(r -> r.user("U1"));

    assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 300);
  }

  @Test
  void usersInfoAnswersRegisteredMembersOfTheSameWorkspaceOnly() throws Exception {
    fake.addUser("T1", "U1", "amelie", "Europe/Paris", true);
    fake.addUser("T2", "U2", "bruno", "Europe/Paris", false);

    UsersInfoResponse amelie = bot.usersInfo(r -> r.user("U1"));
    UsersInfoResponse bruno = bot.usersInfo(r -> r.user("U2"));

    assertTrue(amelie.isOk(), amelie.getError());
    assertEquals("T1", amelie.getUser().getTeamId());
    assertEquals("Europe/Paris", amelie.getUser().getTz());
    assertTrue(amelie.getUser().isAdmin());
    assertEquals("amelie", amelie.getUser().getProfile().getDisplayName());
    assertEquals("user_not_found", bruno.getError());
  }

  @Test
  void viewsAndDirectMessagesGetIds() throws Exception {
    View modal =
        View.builder()
            .type("modal")
            .callbackId("post")
            .title(ViewTitle.builder().type("plain_text").text("Post").build())
            .blocks(List.of())
            .build();

    ViewsOpenResponse opened = bot.viewsOpen(r -> r.triggerId("t1").view(modal));
    String dm = bot.conversationsOpen(r -> r.users(List.of("U5"))).getChannel().getId();

    assertTrue(opened.isOk(), opened.getError());
    assertTrue(opened.getView().getId().startsWith("V"));
    assertEquals("post", opened.getView().getCallbackId());
    SlackCall call = fake.awaitCall("views.open", WAIT);
    assertEquals("t1", call.param("trigger_id"));
    assertEquals("post", call.jsonParam("view").getAsJsonObject().get("callback_id").getAsString());
    assertEquals("DU5", dm);
  }

  @Test
  void anOAuthCodeIsExchangedOnceForItsWorkspaceToken() throws Exception {
    fake.addOAuthCode("code-1", "T2", "Lyon Works", "xoxb-2", "U9");

    OAuthV2AccessResponse installed =
        slack.methods().oauthV2Access(r -> r.clientId("id-1").clientSecret("s3").code("code-1"));
    OAuthV2AccessResponse again =
        slack.methods().oauthV2Access(r -> r.clientId("id-1").clientSecret("s3").code("code-1"));

    assertTrue(installed.isOk(), installed.getError());
    assertEquals("xoxb-2", installed.getAccessToken());
    assertEquals("T2", installed.getTeam().getId());
    assertEquals("U9", installed.getAuthedUser().getId());
    assertEquals("UBOT", installed.getBotUserId());
    assertEquals("invalid_code", again.getError());
    SlackCall call = fake.awaitCall("oauth.v2.access", WAIT);
    assertEquals("id-1", call.param("client_id"));
    assertEquals("s3", call.param("client_secret"));
    assertEquals("T2", slack.methods("xoxb-2").authTest(r -> r).getTeamId());
  }

  @Test
  void postsToAResponseUrlAreRecordedFromTheirJson() throws Exception {
    WebhookResponse answer =
        slack.send(fake.responseUrl("r1"), "{\"text\":\"done\",\"replace_original\":true}");

    SlackCall call = fake.awaitCall("response:r1", WAIT);
    assertEquals(200, answer.getCode());
    assertEquals("done", call.param("text"));
    assertEquals("true", call.param("replace_original"));
  }

  @Test
  void awaitCallWaitsForALateCallAndOtherwiseListsTheCallsSeen() throws Exception {
    CompletableFuture<Void> later =
        CompletableFuture.runAsync(
            () -> {
              try {
                Thread.sleep(100);
                bot.chatPostMessage(r -> r.channel("C2").text("late"));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    SlackCall late = fake.awaitCall("chat.postMessage", c -> "late".equals(c.param("text")), WAIT);
    later.join();
    AssertionError none =
        assertThrows(
            AssertionError.class, () -> fake.awaitCall("chat.delete", Duration.ofMillis(50)));

    assertEquals("C2", late.param("channel"));
    assertTrue(none.getMessage().contains("chat.postMessage"), none.getMessage());
    fake.clearCalls();
    assertEquals(List.of(), fake.calls());
  }

  @Test
  void signaturesAreTheOnesTheSdkVerifierAccepts() {
    String secret = "8f742231b10e8888abcd99yyyzzz85a5";
    SlackRequests requests = new SlackRequests("http://127.0.0.1:9/slack/events", secret);
    long now = SlackRequests.now();
    String body = "token=x&team_id=T1&text=I+edit+videos%2C+FR%2FEN";
    SlackSignature.Generator generator = new SlackSignature.Generator(secret);
    SlackSignature.Verifier verifier = new SlackSignature.Verifier(generator);

    String signature = requests.sign(now, body);

    assertEquals(generator.generate(Long.toString(now), body), signature);
    assertTrue(verifier.isValid(Long.toString(now), body, signature));
    assertFalse(verifier.isValid(Long.toString(now), body + "&x=1", signature));
    assertNotEquals(signature, new SlackRequests("http://x/", "other").sign(now, body));
  }
}
