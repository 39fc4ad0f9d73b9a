package io.coshoring.core.api;

/**
 * What the core answers an adapter, for the adapter to render natively: a message, a posting form
 * to open, or the fields of a submitted form that are wrong.
 */
public sealed interface Outcome permits Reply, OpenPostForm, FormRejected {}
