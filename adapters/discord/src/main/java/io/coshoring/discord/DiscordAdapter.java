package io.coshoring.discord;

import io.coshoring.core.CoshoringCore;
import io.coshoring.core.port.ChatPort;
import io.coshoring.core.port.WorkQueue;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.SkillTaxonomy;
import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * coshoring as a Discord bot: one JDA session, one token, serving every server that invites the
 * bot, each server a space. Slash commands, modals, buttons and autocomplete arrive as
 * interactions, which need no privileged intent. The core sees Discord only through {@link
 * #chatPort()} and the commands and clicks this adapter hands it.
 */
public final class DiscordAdapter implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

  private final DiscordSettings settings;
  private final DiscordListener listener;
  private final WorkQueue work = new WorkQueue("discord");
  private final ClosedDms closedDms = new ClosedDms();
  private final DiscordChatPort chatPort;
  private volatile JDA jda;

  public DiscordAdapter(DiscordSettings settings, CoshoringCore core, Database database) {
    this.settings = settings;
    this.chatPort = new DiscordChatPort(() -> jda, closedDms);
    this.listener =
        new DiscordListener(
            new SlashCommandHandler(core.commands(), work, closedDms),
            new PostingModal(core.commands(), work),
            new ButtonClicks(core.buttons(), work, new MemberDirectory(database)),
            new SkillAutocomplete(SkillTaxonomy.standard()));
  }

  public ChatPort chatPort() {
    return chatPort;
  }

  /** Connects to Discord and waits until the bot is ready. */
  public void start() {
    JDABuilder builder =
        JDABuilder.createLight(settings.token(), EnumSet.noneOf(GatewayIntent.class))
            .addEventListeners(listener);
    if (settings.restUrl() != null) {
      builder.setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()));
    }
    if (settings.gatewayUrl() != null) {
      String gateway = settings.gatewayUrl();
      builder
          .setSessionController(
              new SessionControllerAdapter() {
                @Override
                public String getGateway() {
                  return gateway;
                }
              })
          .setCompression(Compression.NONE);
    }
    try {
      jda = builder.build().awaitReady();
      log.info("Discord: ready in {} servers", jda.getGuilds().size());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while connecting to Discord", e);
    }
  }

  @Override
  public void close() {
    if (jda != null) {
      jda.shutdown();
    }
    work.close();
  }
}
