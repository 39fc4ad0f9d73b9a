package io.coshoring.slack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fake Slack refuses, through the real SDK, what Slack documents it refuses: blocks that break
 * Block Kit's limits, writes into an archived channel, calls over a rate limit. The other tests
 * trust it to, so that a payload it takes is one Slack would take.
 */
class FakeSlackRefusalsTest {

  private FakeSlack slack;
  private Slack sdk;
  private MethodsClient client;

  @BeforeEach
  void start() {
    slack = FakeSlack.start();
    slack.addWorkspace("T1", "xoxb-one");
    slack.inviteBot("T1", "C1");
    slack.inviteBot("T1", "C2");
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    sdk = Slack.getInstance(config);
    client = sdk.methods("xoxb-one");
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "[{'type':'section','text':{'type':'mrkdwn','text':'%3001'}}]"
            + "|must be less than 3001 characters [json-pointer:/blocks/0/text/text]",
        "[{'type':'section','fields':[{'type':'mrkdwn','text':'%2001'}]}]"
            + "|must be less than 2001 characters [json-pointer:/blocks/0/fields/0/text]",
        "[{'type':'header','text':{'type':'plain_text','text':'%151'}}]"
            + "|must be less than 151 characters [json-pointer:/blocks/0/text/text]",
        "[{'type':'header','text':{'type':'mrkdwn','text':'*Hi*'}}]"
            + "|must be a valid enum value [json-pointer:/blocks/0/text/type]",
        "[{'type':'section','text':{'type':'mrkdwn','text':''}}]"
            + "|must be more than 0 characters [json-pointer:/blocks/0/text/text]",
        "[{'type':'actions','elements':[{'type':'button','action_id':'a',"
            + "'text':{'type':'plain_text','text':'%76'}}]}]"
            + "|must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]",
        "[{'type':'actions','elements':[{'type':'button','action_id':'a',"
            + "'text':{'type':'mrkdwn','text':'Go'}}]}]"
            + "|must be a valid enum value [json-pointer:/blocks/0/elements/0/text/type]",
        "[{'type':'actions','elements':[{'type':'button','action_id':'a',"
            + "'text':{'type':'plain_text','text':'One'}},{'type':'button','action_id':'a',"
            + "'text':{'type':'plain_text','text':'Two'}}]}]"
            + "|duplicate action_id a [json-pointer:/blocks/0/elements/1/action_id]",
        "[{'type':'divider','block_id':'x'},{'type':'divider','block_id':'x'}]"
            + "|duplicate block_id x [json-pointer:/blocks/1/block_id]"
      })
  void blocksBreakingBlockKitsLimitsAreRefused(String blocks, String error) throws Exception {
    ChatPostMessageResponse refused =
        client.chatPostMessage(r -> r.channel("C1").text("fallback").blocksAsString(json(blocks)));

    assertEquals("invalid_blocks", refused.getError());
    assertEquals(List.of(error), refused.getErrors());
    assertEquals(List.of("[ERROR] " + error), refused.getResponseMetadata().getMessages());
  }

  @Test
  void moreThan50BlocksAreRefused() throws Exception {
    String blocks = "[" + String.join(",", Collections.nCopies(51, "{'type':'divider'}")) + "]";

    ChatPostMessageResponse refused =
        client.chatPostMessage(r -> r.channel("C1").text("fallback").blocksAsString(json(blocks)));

    assertEquals(
        List.of("no more than 50 items allowed [json-pointer:/blocks]"), refused.getErrors());
  }

  /** An action id need only differ from the others of its block, as Slack's reference says. */
  @Test
  void blocksWithinTheLimitsArePosted() throws Exception {
    String button = "{'type':'button','action_id':'go','text':{'type':'plain_text','text':'Go'}}";
    String blocks =
        "[{'type':'header','text':{'type':'plain_text','text':'%150'}},"
            + "{'type':'section','text':{'type':'mrkdwn','text':'%3000'}},"
            + "{'type':'actions','elements':["
            + button
            + "]},{'type':'actions','elements':["
            + button
            + "]}]";

    assertTrue(
        client
            .chatPostMessage(r -> r.channel("C1").text("fallback").blocksAsString(json(blocks)))
            .isOk());
  }

  /** A response URL answers as an incoming webhook does. */
  @Test
  void aResponseUrlRefusesBlocksBreakingTheLimits() throws Exception {
    String answer =
        "{'text':'hi','blocks':[{'type':'section','text':{'type':'mrkdwn','text':''}}]}";

    var refused = sdk.send(slack.responseUrl("command"), json(answer));

    assertEquals(400, refused.getCode());
    assertEquals("invalid_blocks", refused.getBody());
  }

  @Test
  void aModalWithATooLongInputOrTitleIsRefused() throws Exception {
    String view =
        "{'type':'modal','title':{'type':'plain_text','text':'%25'},"
            + "'submit':{'type':'plain_text','text':'Post'},'blocks':[{'type':'input',"
            + "'label':{'type':'plain_text','text':'What?'},"
            + "'element':{'type':'plain_text_input','action_id':'v','max_length':3001}}]}";

    var refused = client.viewsOpen(r -> r.triggerId("t").viewAsString(json(view)));

    assertEquals("invalid_arguments", refused.getError());
    assertEquals(
        List.of(
            "[ERROR] must be less than 25 characters [json-pointer:/view/title/text]",
            "[ERROR] invalid value for field 'max_length' [json-pointer:/view/blocks/0/element]"),
        refused.getResponseMetadata().getMessages());
  }

  /**
   * A modal's texts within Slack's limits: title, submit and close 24 characters, an input's label
   * and hint 2,000, a placeholder 150, an option 75. One character more on any is refused.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "%25|Post|Cancel|What?|Hint|Example|Remote|must be less than 25 characters"
            + " [json-pointer:/view/title/text]",
        "Post an offer|%25|Cancel|What?|Hint|Example|Remote|must be less than 25 characters"
            + " [json-pointer:/view/submit/text]",
        "Post an offer|Post|%25|What?|Hint|Example|Remote|must be less than 25 characters"
            + " [json-pointer:/view/close/text]",
        "Post an offer|Post|Cancel|%2001|Hint|Example|Remote|must be less than 2001 characters"
            + " [json-pointer:/view/blocks/0/label/text]",
        "Post an offer|Post|Cancel|What?|%2001|Example|Remote|must be less than 2001 characters"
            + " [json-pointer:/view/blocks/0/hint/text]",
        "Post an offer|Post|Cancel|What?|Hint|%151|Remote|must be less than 151 characters"
            + " [json-pointer:/view/blocks/0/element/placeholder/text]",
        "Post an offer|Post|Cancel|What?|Hint|Example|%76|must be less than 76 characters"
            + " [json-pointer:/view/blocks/1/element/options/0/text/text]"
      })
  void aModalWithAnOverLongTextIsRefused(
      String title,
      String submit,
      String close,
      String label,
      String hint,
      String placeholder,
      String option,
      String error)
      throws Exception {
    String view = modal(title, submit, close, label, hint, placeholder, option);

    var refused = client.viewsOpen(r -> r.triggerId("t").viewAsString(view));

    assertEquals("invalid_arguments", refused.getError());
    assertEquals(List.of("[ERROR] " + error), refused.getResponseMetadata().getMessages());
  }

  @Test
  void aModalWithTextsAtTheLimitsOpens() throws Exception {
    String view = modal("%24", "%24", "%24", "%2000", "%2000", "%150", "%75");

    var opened = client.viewsOpen(r -> r.triggerId("t").viewAsString(view));

    assertTrue(opened.isOk(), opened.toString());
  }

  /** A modal is redrawn by its id, and only from the state Slack last gave, as its hash says. */
  @Test
  void aModalIsUpdatedByItsIdAndLatestHash() throws Exception {
    String view = modal("Post an offer", "Post", "Cancel", "What?", "Hint", "Example", "Remote");
    var opened = client.viewsOpen(r -> r.triggerId("t").viewAsString(view)).getView();

    assertEquals(
        "not_found", client.viewsUpdate(r -> r.viewId("V404").viewAsString(view)).getError());
    var updated =
        client.viewsUpdate(r -> r.viewId(opened.getId()).hash(opened.getHash()).viewAsString(view));
    assertTrue(updated.isOk(), updated.toString());
    assertEquals(
        "hash_conflict",
        client
            .viewsUpdate(r -> r.viewId(opened.getId()).hash(opened.getHash()).viewAsString(view))
            .getError(),
        "the first update changed the hash");
  }

  /** A modal with a text input and a select, its texts given (as {@link #json} templates). */
  private static String modal(
      String title,
      String submit,
      String close,
      String label,
      String hint,
      String placeholder,
      String option) {
    return json(
        "{'type':'modal','title':{'type':'plain_text','text':'"
            + title
            + "'},'submit':{'type':'plain_text','text':'"
            + submit
            + "'},'close':{'type':'plain_text','text':'"
            + close
            + "'},'blocks':[{'type':'input','block_id':'a',"
            + "'label':{'type':'plain_text','text':'"
            + label
            + "'},'hint':{'type':'plain_text','text':'"
            + hint
            + "'},'element':{'type':'plain_text_input','action_id':'v',"
            + "'placeholder':{'type':'plain_text','text':'"
            + placeholder
            + "'}}},{'type':'input','block_id':'b','label':{'type':'plain_text','text':'Where'},"
            + "'element':{'type':'static_select','action_id':'v','options':[{'text':"
            + "{'type':'plain_text','text':'"
            + option
            + "'},'value':'remote'}]}}]}");
  }

  @Test
  void anArchivedChannelIsReadOnly() throws Exception {
    String ts = client.chatPostMessage(r -> r.channel("C1").text("before")).getTs();
    slack.archive("T1", "C1");
    slack.archive("T1", "C2");

    assertEquals("is_archived", client.chatPostMessage(r -> r.channel("C1").text("x")).getError());
    assertEquals(
        "is_archived", client.chatUpdate(r -> r.channel("C1").ts(ts).text("x")).getError());
    assertEquals("is_archived", client.chatDelete(r -> r.channel("C1").ts(ts)).getError());
    assertEquals("is_archived", client.conversationsJoin(r -> r.channel("C2")).getError());
    assertTrue(client.conversationsInfo(r -> r.channel("C1")).getChannel().isArchived());
    assertEquals(1, client.conversationsHistory(r -> r.channel("C1")).getMessages().size());
  }

  @Test
  void aCallOverARateLimitIsAnswered429WithRetryAfter() throws Exception {
    slack.limitRate("chat.postMessage", 1, Duration.ofSeconds(2));

    assertTrue(client.chatPostMessage(r -> r.channel("C1").text("one")).isOk());
    assertTrue(client.chatPostMessage(r -> r.channel("C2").text("another channel")).isOk());
    SlackApiException limited =
        assertThrows(
            SlackApiException.class,
            () -> client.chatPostMessage(r -> r.channel("C1").text("two")));

    assertEquals(429, limited.getResponse().code());
    assertEquals("2", limited.getResponse().header("Retry-After"));
    assertNull(slack.calls("chat.postMessage").get(2).answer(), "recorded as refused");
  }

  @Test
  void aUsersLocaleIsToldOnlyToWhoAsksForIt() throws Exception {
    slack.addUser("T1", "U1", "amelie", "Europe/Paris", false).setLocale("T1", "U1", "fr-FR");
    slack.addUser("T1", "U2", "sam", "America/New_York", false);

    assertNull(client.usersInfo(r -> r.user("U1")).getUser().getLocale());
    assertEquals(
        "fr-FR", client.usersInfo(r -> r.user("U1").includeLocale(true)).getUser().getLocale());
    assertEquals(
        "en-US", client.usersInfo(r -> r.user("U2").includeLocale(true)).getUser().getLocale());
  }

  /** JSON written with single quotes, and {@code %N} for a text of N characters. */
  private static String json(String template) {
    StringBuilder json = new StringBuilder();
    Matcher length = Pattern.compile("%(\\d+)").matcher(template);
    while (length.find()) {
      length.appendReplacement(json, "x".repeat(Integer.parseInt(length.group(1))));
    }
    length.appendTail(json);
    return json.toString().replace('\'', '"');
  }
}
