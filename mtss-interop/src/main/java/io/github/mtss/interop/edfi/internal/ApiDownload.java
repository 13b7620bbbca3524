package io.github.mtss.interop.edfi.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages each resource out of an Ed-Fi ODS/API into an NDJSON file (see
 * {@code EdFiApiClient}). Credentials travel only in request headers and bodies; messages name
 * the resource, the page and the status.
 */
public final class ApiDownload {
  private static final Logger LOG = LoggerFactory.getLogger(ApiDownload.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
      .followRedirects(HttpClient.Redirect.NORMAL).build();
  private final URI base;
  private final String basicAuthorization;
  private final int pageSize;
  private final int attempts;
  private final Duration backoff;
  private @Nullable String token;
  private long tokenExpires;

  /** A download from the API at {@code base}. */
  public ApiDownload(URI base, String clientId, String clientSecret, int pageSize, int attempts,
      Duration backoff) {
    String root = base.toString();
    this.base = URI.create(root.endsWith("/") ? root : root + "/");
    this.basicAuthorization = "Basic " + Base64.getEncoder().encodeToString(
        (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    this.pageSize = pageSize;
    this.attempts = attempts;
    this.backoff = backoff;
  }

  /** Downloads each resource into {@code directory}; returns the records per resource. */
  public Map<String, Long> download(List<String> resources, Path directory) throws IOException {
    Files.createDirectories(directory);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String resource : resources) {
      counts.put(resource, resource(resource, directory.resolve(resource + ".json")));
      LOG.info("downloaded {} records of {}", counts.get(resource), resource);
    }
    return counts;
  }

  private long resource(String resource, Path file) throws IOException {
    long total = 0;
    long offset = 0;
    String pageToken = null;
    try (OutputStream out = Files.newOutputStream(file)) {
      while (true) {
        String query = pageToken == null ? "offset=" + offset + "&limit=" + pageSize
            : "pageToken=" + URLEncoder.encode(pageToken, StandardCharsets.UTF_8) + "&pageSize="
                + pageSize;
        URI page = base.resolve("data/v3/ed-fi/" + resource + "?" + query);
        HttpResponse<byte[]> response = get(resource, page);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        int items = ndjson(resource, response.body(), lines);
        out.write(lines.toByteArray());
        total += items;
        offset += items;
        boolean tokenPaging = pageToken != null;
        Optional<String> next = response.headers().firstValue("Next-Page-Token");
        pageToken = next.filter(t -> !t.isBlank()).orElse(null);
        if (items == 0 || pageToken == null && (tokenPaging || items < pageSize)) {
          return total;
        }
      }
    }
  }

  /** Copies a page's JSON array into NDJSON lines; returns the number of documents. */
  private static int ndjson(String resource, byte[] body, OutputStream out) throws IOException {
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IOException("Ed-Fi API: " + resource + ": the response is not a JSON array");
      }
      int count = 0;
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        JsonNode node = parser.readValueAsTree();
        out.write(JSON.writeValueAsBytes(node));
        out.write('\n');
        count++;
      }
      return count;
    }
  }

  private HttpResponse<byte[]> get(String resource, URI page) throws IOException {
    boolean refreshed = false;
    for (int attempt = 1; ; attempt++) {
      HttpRequest request = HttpRequest.newBuilder(page).timeout(TIMEOUT)
          .header("Accept", "application/json")
          .header("Authorization", "Bearer " + token()).GET().build();
      HttpResponse<byte[]> response = send(request, resource, attempt);
      int status = response == null ? -1 : response.statusCode();
      if (status == 200) {
        return response;
      }
      if (status == 401 && !refreshed) {
        token = null;
        refreshed = true;
        attempt--;
        continue;
      }
      if (status != -1 && status != 429 && status < 500 || attempt >= attempts) {
        throw new IOException("Ed-Fi API: " + resource + " (" + page.getRawQuery() + "): "
            + (status == -1 ? "no answer" : "status " + status) + " after " + attempt
            + " attempt(s)" + (status == 404 ? "; is the URL the API's base, above /data?" : ""));
      }
      pause(response, attempt);
    }
  }

  private @Nullable HttpResponse<byte[]> send(HttpRequest request, String what, int attempt)
      throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      LOG.warn("Ed-Fi API: {}: attempt {} failed: {}", what, attempt, e.getClass().getSimpleName());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading " + what);
    }
  }

  private void pause(@Nullable HttpResponse<byte[]> response, int attempt) throws IOException {
    long millis = backoff.toMillis() << Math.min(attempt - 1, 10);
    if (response != null) {
      millis = response.headers().firstValue("Retry-After").map(ApiDownload::seconds)
          .map(s -> s * 1000).orElse(millis);
    }
    try {
      Thread.sleep(Math.min(millis, 60_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private static @Nullable Long seconds(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The access token, a new one when none is held or it expires within its margin. */
  private String token() throws IOException {
    if (token != null && System.currentTimeMillis() < tokenExpires) {
      return token;
    }
    HttpRequest request = HttpRequest.newBuilder(base.resolve("oauth/token")).timeout(TIMEOUT)
        .header("Authorization", basicAuthorization)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<byte[]> response = send(request, "oauth/token", attempt);
      int status = response == null ? -1 : response.statusCode();
      if (status == 200) {
        return accept(response.body());
      }
      if (status != -1 && status != 429 && status < 500 || attempt >= attempts) {
        throw new IOException("Ed-Fi API: sign-in at oauth/token refused: " + (status == -1
            ? "no answer" : "status " + status) + (status == 400 || status == 401
            ? " (check the client id and secret)" : ""));
      }
      pause(response, attempt);
    }
  }

  private String accept(byte[] body) throws IOException {
    JsonNode answer;
    try (InputStream in = new java.io.ByteArrayInputStream(body)) {
      answer = JSON.readTree(in);
    } catch (IOException e) {
      throw new IOException("Ed-Fi API: oauth/token answered something other than JSON");
    }
    JsonNode access = answer.get("access_token");
    if (access == null || access.asText().isEmpty()) {
      throw new IOException("Ed-Fi API: oauth/token gave no access_token");
    }
    long seconds = answer.path("expires_in").asLong(3600);
    long margin = Math.min(30, seconds / 2);
    tokenExpires = System.currentTimeMillis() + (seconds - margin) * 1000;
    token = access.asText();
    return token;
  }
}
