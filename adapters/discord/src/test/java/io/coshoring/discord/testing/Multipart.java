package io.coshoring.discord.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body as Discord reads one: JDA sends a message with files (or
 * components) as its JSON in {@code payload_json} and each file in {@code files[n]}.
 */
record Multipart(String payloadJson, List<Part> files) {

  /** One file: its form name ({@code files[0]}), its file name, and its bytes. */
  record Part(String name, String filename, byte[] bytes) {}

  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

  static Multipart parse(String contentType, byte[] body) {
    String boundary =
        "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
    byte[] delimiter = boundary.getBytes(StandardCharsets.ISO_8859_1);
    String json = null;
    List<Part> files = new ArrayList<>();
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int start = at + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        break;
      }
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
      int next = indexOf(body, delimiter, headersEnd);
      String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
      // The part's content ends with the CRLF before the next delimiter.
      byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next - 2);
      Matcher name = NAME.matcher(headers);
      Matcher filename = FILENAME.matcher(headers);
      String field = name.find() ? name.group(1) : "";
      if (field.equals("payload_json")) {
        json = new String(content, StandardCharsets.UTF_8);
      } else if (filename.find()) {
        files.add(new Part(field, filename.group(1), content));
      }
      at = next;
    }
    return new Multipart(json, files);
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
