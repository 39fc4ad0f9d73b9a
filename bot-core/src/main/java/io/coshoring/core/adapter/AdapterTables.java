package io.coshoring.core.adapter;

import org.jdbi.v3.core.HandleCallback;

/**
 * An adapter's own tables (Slack's installations, say), in the deployment's database but in a
 * migration history of the adapter's own: created from {@code db/<module>/V*.sql}, never the core's
 * tables, which adapters reach only through the core's API.
 */
public interface AdapterTables {

  <T> T read(HandleCallback<T, RuntimeException> work);

  /** Runs {@code work} in one transaction. */
  <T> T write(HandleCallback<T, RuntimeException> work);

  /**
   * Rewrites the database's files without the space freed by replaced or deleted values, whose
   * bytes SQLite otherwise keeps until that space is used again. For a secret replaced in place.
   */
  void dropFreedSpace();
}
