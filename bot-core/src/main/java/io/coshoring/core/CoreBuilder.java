package io.coshoring.core;

import io.coshoring.core.api.AdapterFactory;
import io.coshoring.core.post.PostIds;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** What the core is built from; every part but the database and the engine has a default. */
public final class CoreBuilder {
  final Database database;
  final MatchingEngine engine;
  final List<AdapterFactory> adapters = new ArrayList<>();
  Clock clock = Clock.systemUTC();
  CoreSettings settings = CoreSettings.DEFAULTS;
  PostIds postIds = new PostIds();

  CoreBuilder(Database database, MatchingEngine engine) {
    this.database = database;
    this.engine = engine;
  }

  public CoreBuilder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  public CoreBuilder settings(CoreSettings settings) {
    this.settings = settings;
    return this;
  }

  /** Adds an adapter, built once the core exists; adapters start in the order they are added. */
  public CoreBuilder adapter(AdapterFactory factory) {
    adapters.add(factory);
    return this;
  }

  /** Post ids drawn by {@code ids}: tests make them collide. */
  CoreBuilder postIds(PostIds ids) {
    this.postIds = ids;
    return this;
  }

  public CoshoringCore build() {
    return new CoshoringCore(this);
  }
}
