package io.coshoring.console;

import io.coshoring.core.adapter.Adapter;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.Delivery;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.api.AdapterContext;
import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.ChannelMessage;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.api.Reply;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.text.RichText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A terminal shell, like Hubot's: the person acts as any member of any space ({@code :as
 * alice@paris}), types the same slash commands as on Slack or Discord, and clicks buttons with
 * {@code :click N}. Direct messages for the current member print as they arrive. It is the
 * console's adapter: its members' direct messages, channels and project rooms live in the shell.
 * The shell speaks to the person in the language of the member they act as, as the bot does.
 */
public final class ConsoleShell implements Adapter {

  private static final String GENERAL = "#general";

  private final PrintStream out;
  private final Coshoring core;
  private final ConsoleDirectMessages messages;
  private final ConsoleChannels channels;
  private int said;
  private volatile ConsoleMember current;

  public ConsoleShell(PrintStream out, AdapterContext context) {
    this.out = out;
    this.core = context.core();
    this.messages = new ConsoleDirectMessages(this::arrived);
    this.channels = new ConsoleChannels(this::relayed);
  }

  @Override
  public String platform() {
    return ConsoleMember.PLATFORM;
  }

  /** The shell needs no connection: it reads lines once {@link #run} is called. */
  @Override
  public void start() {}

  @Override
  public void close() {}

  @Override
  public MessageRef sendDirect(MemberRef member, OutgoingMessage message, Delivery delivery) {
    return messages.send(member, message, delivery.idempotencyKey());
  }

  /** Its channels take relayed messages and open project rooms. */
  @Override
  public List<Object> abilities() {
    return List.of(channels);
  }

  /** A member's direct messages, rendered, oldest first. */
  public List<String> inbox(String memberId) {
    return messages.inbox(memberId);
  }

  /** Reads and runs lines until {@code :quit} or the end of input. */
  public void run(BufferedReader in) throws IOException {
    out.println(phrases().get("console.welcome"));
    prompt();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.strip().equals(":quit")) {
        return;
      }
      String answer = type(line);
      if (!answer.isEmpty()) {
        out.println(answer);
      }
      prompt();
    }
  }

  /** Runs one line as typed and returns what the shell answers. */
  public String type(String line) {
    String input = line.strip();
    if (input.isEmpty()) {
      return "";
    }
    if (input.startsWith(":as")) {
      return actAs(input.substring(3).strip());
    }
    if (input.equals(":help")) {
      return ConsoleHelp.in(phrases());
    }
    if (current == null) {
      return phrases().get("console.chooseFirst");
    }
    if (input.equals(":inbox")) {
      List<String> inbox = messages.inbox(current.member().id());
      return inbox.isEmpty()
          ? phrases().get("console.inbox.empty", "handle", current.handle())
          : String.join("\n\n", inbox);
    }
    if (input.startsWith(":click")) {
      return click(input.substring(6).strip());
    }
    if (input.startsWith(":say")) {
      return say(input.substring(4).strip());
    }
    if (input.startsWith(":channel")) {
      String name = input.substring(8).strip().replaceFirst("^#", "");
      ChannelRef channel =
          name.isEmpty() ? current.channel() : ConsoleMember.channel(current.spaceRef(), name);
      List<String> lines = channels.lines(channel.id(), phrases());
      return lines.isEmpty()
          ? phrases()
              .get(
                  "console.channel.empty",
                  "channel",
                  name.isEmpty() ? GENERAL : "#" + name,
                  "space",
                  current.spaceName())
          : String.join("\n", lines);
    }
    if (input.startsWith("/")) {
      String[] parts = input.substring(1).split("\\s+", 2);
      Reply reply =
          core.command(
              new InboundCommand(
                  current.member(),
                  current.displayName(),
                  current.spaceName(),
                  current.admin(),
                  parts[0],
                  parts.length > 1 ? parts[1] : "",
                  current.channel()));
      return ConsoleRenderer.render(reply.message());
    }
    return phrases().get("console.notUnderstood");
  }

  /**
   * The texts of the member the person acts as; in English before they chose one, since the
   * terminal says nothing of its reader.
   */
  private Phrases phrases() {
    return phrasesOf(current);
  }

  private Phrases phrasesOf(ConsoleMember me) {
    return me == null
        ? Phrasebook.standard().in(Language.ENGLISH)
        : core.phrasesFor(me.member(), null);
  }

  private String say(String text) {
    if (text.isEmpty()) {
      return phrases().get("console.say.usage");
    }
    String line = current.displayName() + ": " + text;
    String id = channels.said(current.channel().id(), phrases -> line);
    List<RichText.Block> blocks = new ArrayList<>();
    for (String paragraph : text.split("\\\\n")) {
      blocks.add(new RichText.Paragraph(List.of(new RichText.Text(paragraph))));
    }
    boolean relayed =
        core.channelMessage(
            ChannelMessage.posted(
                current.channel(),
                id,
                current.channel().id() + "/" + id + "/" + ++said,
                new RelayedMessage(
                    current.displayName(), current.spaceName(), null, new RichText(blocks), null)));
    return phrases()
        .get(
            "console.said",
            "channel",
            GENERAL,
            "space",
            current.spaceName(),
            "line",
            line,
            "relayed",
            relayed ? "yes" : "no");
  }

  private void relayed(String channelId, ConsoleChannels.Line line) {
    ConsoleMember me = current;
    if (me != null && me.channel().id().equals(channelId)) {
      Phrases phrases = phrasesOf(me);
      out.println(
          "\n"
              + phrases.get(
                  "console.channel.arrived",
                  "channel",
                  GENERAL,
                  "space",
                  me.spaceName(),
                  "line",
                  line.in(phrases)));
      prompt();
    }
  }

  private String actAs(String args) {
    String[] words = args.split("\\s+");
    if (words[0].isEmpty() || words.length > 2 || words.length == 2 && !words[1].equals("admin")) {
      return phrases().get("console.as.usage");
    }
    Optional<ConsoleMember> chosen = ConsoleMember.parse(words[0], words.length == 2);
    if (chosen.isEmpty()) {
      return phrases().get("console.as.badHandle", "handle", words[0]);
    }
    current = chosen.get();
    return phrases()
        .get(
            "console.as.done",
            "name",
            current.displayName(),
            "space",
            current.spaceName(),
            "admin",
            current.admin() ? "yes" : "no",
            "waiting",
            messages.inbox(current.member().id()).size());
  }

  private String click(String number) {
    int n;
    try {
      n = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return phrases().get("console.click.usage");
    }
    Optional<ConsoleDirectMessages.PendingClick> click = messages.button(n, current.member().id());
    if (click.isEmpty()) {
      return phrases().get("console.click.none", "number", n, "handle", current.handle());
    }
    messages.answered(click.get().message());
    Reply reply =
        core.click(
            new ButtonClick(current.member(), click.get().actionId(), click.get().message()));
    return ConsoleRenderer.render(reply.message());
  }

  private void arrived(String recipientId, String text) {
    ConsoleMember me = current;
    if (me != null && me.member().id().equals(recipientId)) {
      out.println(
          "\n" + phrasesOf(me).get("console.message.arrived", "handle", me.handle()) + "\n" + text);
      prompt();
    }
  }

  private void prompt() {
    ConsoleMember me = current;
    out.print((me == null ? "" : me.handle()) + "> ");
    out.flush();
  }
}
