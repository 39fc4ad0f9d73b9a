package io.coshoring.core.api;

import io.coshoring.core.adapter.Adapter;

/** Builds an adapter once the core it hands members' actions to exists. */
@FunctionalInterface
public interface AdapterFactory {
  Adapter create(AdapterContext context);
}
