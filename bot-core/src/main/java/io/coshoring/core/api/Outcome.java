package io.coshoring.core.api;

/**
 * What the core answers a submitted form, for the adapter to render natively: the reply when the
 * post is published, or the fields that are wrong.
 */
public sealed interface Outcome permits Reply, FormRejected {}
