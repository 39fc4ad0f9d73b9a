package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.matching.PostKind;
import io.coshoring.slack.testing.FakeSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The posting modal fits Slack's limits in every language and for both kinds of post: the fake
 * Slack, which refuses a title over 24 characters, an option over 75 and the like, opens each.
 */
class PostModalViewTest {

  private FakeSlack slack;
  private Slack sdk;

  @BeforeEach
  void start() {
    slack = FakeSlack.start();
    slack.addWorkspace("T1", "xoxb-one");
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    sdk = Slack.getInstance(config);
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theModalFitsSlacksLimitsInEveryLanguage(Language language) throws Exception {
    for (PostKind kind : PostKind.values()) {
      ViewsOpenResponse opened =
          sdk.methods("xoxb-one")
              .viewsOpen(
                  r ->
                      r.triggerId("t")
                          .view(PostModalView.of(kind, Phrasebook.standard().in(language))));

      assertTrue(opened.isOk(), language + " " + kind + ": " + opened.getResponseMetadata());
    }
  }
}
