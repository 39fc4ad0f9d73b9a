package io.coshoring.discord;

import io.coshoring.core.CoshoringCore;
import io.coshoring.core.port.Adapter;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.space.Platform;
import io.coshoring.core.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * coshoring as a Discord bot: one JDA session, one token, serving every server that invites the
 * bot, each server a space, over one gateway connection or several shards. Slash commands, modals,
 * buttons and autocomplete arrive as interactions, which need no privileged intent. The core sees
 * Discord only through {@link #chatPort()} and the commands and clicks this adapter hands it.
 */
public final class DiscordAdapter implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

  private final DiscordSettings settings;
  private final DiscordListener listener;
  private final WorkQueue work = new WorkQueue("discord");
  private final ClosedDms closedDms = new ClosedDms();
  private final DiscordChatPort chatPort;
  private volatile DiscordSession session;

  public DiscordAdapter(DiscordSettings settings, CoshoringCore core, Database database) {
    this.settings = settings;
    this.chatPort = new DiscordChatPort(() -> session, closedDms);
    this.listener =
        new DiscordListener(
            new SlashCommandHandler(core.commands(), work, closedDms),
            new PostingModal(core.commands(), work),
            new ButtonClicks(core.buttons(), work, new MemberDirectory(database)),
            new SkillAutocomplete(core.skills()),
            new BridgedMessages(core.bridging().relay(), core.bridging().store()));
    core.bridging().ports().register(Platform.DISCORD, new DiscordBridgePort(() -> session));
  }

  public Adapter chatPort() {
    return chatPort;
  }

  /** Connects to Discord and waits until the bot is ready on every shard. */
  public void start() {
    try {
      session = DiscordSession.connect(settings, listener);
      log.info(
          "Discord: ready in {} servers over {} shard(s)", session.servers(), settings.shards());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while connecting to Discord", e);
    }
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
    work.close();
  }
}
