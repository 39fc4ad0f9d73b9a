package io.coshoring.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import io.coshoring.core.api.Coshoring;

/**
 * Acks, without handling it again, an event Slack sends a second time: an HTTP retry (with {@code
 * X-Slack-Retry-Num}) or a Socket Mode redelivery carries the event id of the first copy. The core
 * remembers the ids, so a copy that reaches another instance, or comes after a restart, is dropped
 * too.
 */
final class EventDeduplication implements Middleware {

  private final Coshoring core;

  EventDeduplication(Coshoring core) {
    this.core = core;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req.getRequestType() == RequestType.Event) {
      String eventId = eventId(req.getRequestBodyAsString());
      if (eventId != null && !core.firstTime("slack:" + eventId)) {
        return Response.ok();
      }
    }
    return chain.next(req);
  }

  private static String eventId(String body) {
    try {
      JsonElement parsed = JsonParser.parseString(body);
      if (!parsed.isJsonObject()) {
        return null;
      }
      JsonObject payload = parsed.getAsJsonObject();
      return payload.has("event_id") ? payload.get("event_id").getAsString() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
