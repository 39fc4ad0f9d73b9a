package io.coshoring.core.api;

import java.util.List;
import java.util.function.Consumer;

/**
 * The network's wall: its open offers and demands that their spaces share with the whole network,
 * as any reader may see them. Posts kept inside a space never show here.
 */
public interface Wall {

  /** The cards the query finds: by relevance when it has words, else newest first. */
  List<WallCard> cards(WallQuery query, int limit);

  /** The spaces whose posts the wall may show, by name, for a reader to choose one. */
  List<WallSpace> spaces();

  /**
   * What a space's lobby screen shows: other spaces' cards, those that fit what the space's members
   * shared with the network first (the engine's matches for their open posts: offers elsewhere for
   * demands here, and demands elsewhere for offers here), then the network's newest; newest first
   * in each. Never a card of the space itself, nor anything a space keeps inside.
   */
  List<WallCard> forSpace(String spaceId, int limit);

  /** Follows the wall's changes until the returned handle is closed. */
  AutoCloseable follow(Consumer<WallChange> follower);

  /**
   * A space of the network, as the wall names it.
   *
   * @param language the code of the language the space reads the bot in ({@code fr}), for what its
   *     whole lobby reads
   */
  record WallSpace(String id, String name, String city, String language) {}

  /** A card that appeared, or one that went away (closed, expired, or its author forgotten). */
  sealed interface WallChange permits Shown, Gone {}

  /**
   * @param fresh a post just opened, never shown before; else a card shown before, to replace
   */
  record Shown(WallCard card, boolean fresh) implements WallChange {}

  record Gone(String postId) implements WallChange {}
}
