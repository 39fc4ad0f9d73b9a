package io.coshoring.console;

import io.coshoring.core.CoshoringCore;
import io.coshoring.core.command.Reply;
import io.coshoring.core.port.ButtonClick;
import io.coshoring.core.port.ChatPort;
import io.coshoring.core.port.InboundCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * A terminal shell, like Hubot's: the person acts as any member of any space ({@code :as
 * alice@paris}), types the same slash commands as on Slack or Discord, and clicks buttons with
 * {@code :click N}. Direct messages for the current member print as they arrive.
 */
public final class ConsoleShell {

  static final String HELP =
      String.join(
          "\n",
          "Console shell commands:",
          "  :as <name@space> [admin]   act as a member of a space (admin: as one of its admins)",
          "  :inbox                     show the current member's direct messages",
          "  :click <N>                 click button N of a message",
          "  :help                      this help; /coshore help lists the bot's commands",
          "  :quit                      leave",
          "Anything starting with / is a command, as on Slack or Discord: /offer, /demand, /coshore.");

  private final PrintStream out;
  private final ConsoleChatPort port;
  private CoshoringCore core;
  private volatile ConsoleMember current;

  public ConsoleShell(PrintStream out) {
    this.out = out;
    this.port = new ConsoleChatPort(this::arrived);
  }

  /** The port to register for the console platform before the core is built. */
  public ChatPort port() {
    return port;
  }

  public void attach(CoshoringCore core) {
    this.core = core;
  }

  /** Reads and runs lines until {@code :quit} or the end of input. */
  public void run(BufferedReader in) throws IOException {
    out.println("coshoring console. Type :help, or start with :as alice@paris");
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
      return HELP;
    }
    if (current == null) {
      return "First choose who you are, for example :as alice@paris (see :help).";
    }
    if (input.equals(":inbox")) {
      List<String> inbox = port.inbox(current.memberId());
      return inbox.isEmpty()
          ? "No messages for " + current.handle() + " yet."
          : String.join("\n\n", inbox);
    }
    if (input.startsWith(":click")) {
      return click(input.substring(6).strip());
    }
    if (input.startsWith("/")) {
      String[] parts = input.substring(1).split("\\s+", 2);
      Reply reply =
          core.commands()
              .handle(
                  new InboundCommand(
                      current.spaceId(),
                      current.spaceName(),
                      current.memberId(),
                      current.displayName(),
                      current.admin(),
                      parts[0],
                      parts.length > 1 ? parts[1] : ""));
      return ConsoleRenderer.render(reply.message());
    }
    return "I didn't understand that. Commands start with / (as /offer ...) and shell commands with :"
        + " (see :help).";
  }

  private String actAs(String args) {
    String[] words = args.split("\\s+");
    if (words[0].isEmpty() || words.length > 2 || words.length == 2 && !words[1].equals("admin")) {
      return "Usage: :as <name@space> [admin], for example :as alice@paris";
    }
    try {
      current = ConsoleMember.parse(words[0], words.length == 2);
    } catch (IllegalArgumentException e) {
      return e.getMessage() + ".";
    }
    int waiting = port.inbox(current.memberId()).size();
    return "You are now "
        + current.displayName()
        + " of the "
        + current.spaceName()
        + " space"
        + (current.admin() ? ", as an admin" : "")
        + "."
        + (waiting == 0 ? "" : " You have " + waiting + " message(s): type :inbox.");
  }

  private String click(String number) {
    int n;
    try {
      n = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return "Usage: :click <N>, with N the number shown in [:click N] beside a button.";
    }
    Optional<ConsoleChatPort.PendingClick> click = port.button(n, current.memberId());
    if (click.isEmpty()) {
      return "There is no button "
          + n
          + " for "
          + current.handle()
          + " (it may have been answered already).";
    }
    port.answered(click.get().message());
    Reply reply =
        core.buttons()
            .click(
                new ButtonClick(
                    current.spaceId(),
                    current.memberId(),
                    click.get().actionId(),
                    click.get().message()));
    return ConsoleRenderer.render(reply.message());
  }

  private void arrived(String recipientId, String text) {
    ConsoleMember me = current;
    if (me != null && me.memberId().equals(recipientId)) {
      out.println("\n[message for " + me.handle() + "]\n" + text);
      prompt();
    }
  }

  private void prompt() {
    ConsoleMember me = current;
    out.print((me == null ? "" : me.handle()) + "> ");
    out.flush();
  }
}
