package io.coshoring.core.api;

import io.coshoring.core.adapter.AdapterTables;
import java.time.Clock;
import java.util.function.Function;

/**
 * What an adapter is built with: the core to hand members' actions to, the clock, and tables of its
 * own in the deployment's database, by module name ({@code slack} reads {@code db/slack}).
 */
public record AdapterContext(Coshoring core, Clock clock, Function<String, AdapterTables> tables) {

  /** The adapter's own tables, created or updated from {@code db/<module>} first. */
  public AdapterTables tablesOf(String module) {
    return tables.apply(module);
  }
}
