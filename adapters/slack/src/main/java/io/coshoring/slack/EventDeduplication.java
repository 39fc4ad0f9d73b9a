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
      JsonObject payload = payload(req.getRequestBodyAsString());
      // A message event is remembered in the transaction that queues it for its bridge, so that a
      // crash between the two can neither lose it nor drop Slack's resend of it.
      if (payload != null
          && payload.has("event_id")
          && !isMessage(payload)
          && !core.firstTime(SlackIds.key(payload.get("event_id").getAsString()))) {
        return Response.ok();
      }
    }
    return chain.next(req);
  }

  private static boolean isMessage(JsonObject payload) {
    JsonElement event = payload.get("event");
    return event != null
        && event.isJsonObject()
        && event.getAsJsonObject().has("type")
        && "message".equals(event.getAsJsonObject().get("type").getAsString());
  }

  private static JsonObject payload(String body) {
    try {
      JsonElement parsed = JsonParser.parseString(body);
      return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
