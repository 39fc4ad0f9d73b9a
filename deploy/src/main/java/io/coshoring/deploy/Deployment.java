package io.coshoring.deploy;

import io.coshoring.core.CoreBuilder;
import io.coshoring.core.CoreSettings;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.ExchangeRates;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import java.nio.file.Path;
import java.time.Clock;

/** The core as every deployment keeps it: SQLite and the engine's index in the data folder. */
final class Deployment {

  private Deployment() {}

  /** The core on the data folder, to add adapters to. */
  static CoreBuilder core(Path data, CoreSettings settings, ExchangeRates rates) {
    Clock clock = Clock.systemUTC();
    return CoshoringCore.builder(
            Database.sqlite(data),
            MatchingEngine.inFolder(data.resolve("index"), SkillTaxonomy.standard(), rates, clock))
        .clock(clock)
        .settings(settings);
  }
}
