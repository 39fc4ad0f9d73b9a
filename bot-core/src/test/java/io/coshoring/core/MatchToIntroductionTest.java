package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.port.Button;
import io.coshoring.core.port.ButtonClick;
import io.coshoring.core.port.ChatPorts;
import io.coshoring.core.port.InboundCommand;
import io.coshoring.core.port.OutgoingMessage;
import io.coshoring.core.space.Platform;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchToIntroductionTest {

  private static final String ALICE = "console:paris:alice";
  private static final String BOB = "console:telaviv:bob";

  @TempDir Path folder;
  private final RecordingChatPort port = new RecordingChatPort();
  private CoshoringCore core;

  @AfterEach
  void stop() {
    core.close();
  }

  @Test
  void anOfferAndADemandInTwoSpacesEndInAnIntroduction() {
    core = start();

    // GIVEN Alice in Paris offers, and Bob in Tel Aviv asks
    say(ALICE, "offer", "Développeuse React et TypeScript freelance, dispo 3 semaines");
    say(BOB, "demand", "Need a React + TypeScript dev for 3 weeks, remote");
    core.dispatcher().deliverDue();

    // THEN both get a match message with the reasons and the three buttons
    OutgoingMessage toAlice = only(port.inbox(ALICE));
    OutgoingMessage toBob = only(port.inbox(BOB));
    assertTrue(toBob.text().contains("shared skills: react, typescript"), toBob.text());
    assertTrue(toAlice.text().contains("Need a React + TypeScript dev"), toAlice.text());
    assertEquals(
        List.of("I'm interested", "Not for me", "Mute similar"),
        toBob.buttons().stream().map(Button::label).toList());

    // WHEN both say they are interested
    assertTrue(click(ALICE, toAlice.buttons().get(0)).contains("as soon as Bob says yes"));
    assertTrue(click(BOB, toBob.buttons().get(0)).contains("both interested"));
    core.dispatcher().deliverDue();

    // THEN each gets an introduction to the other
    assertTrue(port.inbox(ALICE).get(1).text().contains("You and **Bob** are both interested"));
    assertTrue(port.inbox(BOB).get(1).text().contains("You and **Alice** are both interested"));
    assertEquals(2, port.inbox(ALICE).size());
  }

  private CoshoringCore start() {
    ChatPorts ports = new ChatPorts().register(Platform.CONSOLE, port);
    CoshoringCore started =
        new CoshoringCore(
            Database.sqlite(folder),
            MatchingEngine.inMemory(SkillTaxonomy.standard(), Clock.systemUTC()),
            ports,
            Clock.systemUTC(),
            new CoreSettings(5, Duration.ofDays(30), 20, Duration.ofMillis(1)));
    started.start();
    return started;
  }

  private String say(String member, String command, String text) {
    String space = member.substring(0, member.lastIndexOf(':'));
    String name = member.substring(member.lastIndexOf(':') + 1);
    String display = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return core.commands()
        .handle(new InboundCommand(space, space, member, display, false, command, text))
        .message()
        .text();
  }

  private String click(String member, Button button) {
    String space = member.substring(0, member.lastIndexOf(':'));
    return core.buttons()
        .click(new ButtonClick(space, member, button.actionId(), null))
        .message()
        .text();
  }

  private static OutgoingMessage only(List<OutgoingMessage> inbox) {
    assertEquals(1, inbox.size(), inbox.toString());
    return inbox.get(0);
  }
}
