package io.coshoring.deploy.faults;

import io.coshoring.deploy.faults.Ledger.Taken;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

/** Reads Slack's view of a request it sent: acknowledged, declined, or not taken at all. */
final class SlackSends {

  private SlackSends() {}

  static Taken taken(Supplier<HttpResponse<String>> send) {
    try {
      HttpResponse<String> answer = send.get();
      if (answer.statusCode() != 200) {
        return Taken.REFUSED;
      }
      // An empty 200 is Bolt's plain ack; a 200 with text tells the member something went wrong.
      return answer.body().isBlank() ? Taken.ACKED : Taken.DECLINED;
    } catch (UncheckedIOException e) {
      return Taken.REFUSED;
    }
  }
}
