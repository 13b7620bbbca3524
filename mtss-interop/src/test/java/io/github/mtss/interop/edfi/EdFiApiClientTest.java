package io.github.mtss.interop.edfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API client against a loopback Ed-Fi ODS/API serving the shared sample: paging, a page
 * that fails once with 500 and one with 429, a token that expires mid-run, cursor paging, and
 * no secret in any message.
 */
class EdFiApiClientTest {
  private static final String ID = "district-key";
  private static final String SECRET = "s3cr3t-never-shown";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, ArrayNode> served = new HashMap<>();
  private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
  private final AtomicInteger tokens = new AtomicInteger();
  private final AtomicInteger dataRequests = new AtomicInteger();
  private final List<String> cursorResources = new ArrayList<>();
  private HttpServer server;
  @TempDir
  Path dir;

  @BeforeEach
  void serve() throws IOException {
    Path sample = SharedSamples.grandBend();
    for (Path folder : List.of(sample, sample.resolve("excerpts-ds6"))) {
      try (var files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
          String name = file.getFileName().toString().replace(".json", "");
          served.put(name, (ArrayNode) JSON.readTree(file.toFile()));
        }
      }
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/oauth/token", this::token);
    server.createContext("/api/data/v3/ed-fi/", this::data);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
  }

  private void token(HttpExchange exchange) throws IOException {
    String expected = "Basic " + Base64.getEncoder().encodeToString(
        (ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
        || !body.contains("grant_type=client_credentials")) {
      send(exchange, 401, "{\"error\":\"invalid_client\"}", Map.of());
      return;
    }
    send(exchange, 200, "{\"access_token\":\"token" + tokens.incrementAndGet()
        + "\",\"expires_in\":3600,\"token_type\":\"bearer\"}", Map.of());
  }

  /** Serves pages; the first token expires after 10 data requests (401 from then on). */
  private void data(HttpExchange exchange) throws IOException {
    String resource = exchange.getRequestURI().getPath().substring("/api/data/v3/ed-fi/".length());
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    int request = dataRequests.incrementAndGet();
    if (auth == null || !auth.startsWith("Bearer token")
        || auth.equals("Bearer token1") && request > 10) {
      send(exchange, 401, "{}", Map.of());
      return;
    }
    String query = exchange.getRequestURI().getRawQuery();
    if (failOnce.remove(resource + "?" + query)) {
      boolean busy = resource.startsWith("student");
      send(exchange, busy ? 429 : 500, "{}", busy ? Map.of("Retry-After", "0") : Map.of());
      return;
    }
    Map<String, String> params = new HashMap<>();
    for (String pair : query.split("&")) {
      params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    ArrayNode all = served.getOrDefault(resource, JSON.createArrayNode());
    boolean cursor = cursorResources.contains(resource);
    int size = Integer.parseInt(params.getOrDefault(cursor ? "pageSize" : "limit",
        params.getOrDefault("limit", "25")));
    int from = params.containsKey("pageToken") ? Integer.parseInt(params.get("pageToken"))
        : Integer.parseInt(params.getOrDefault("offset", "0"));
    ArrayNode page = JSON.createArrayNode();
    for (int i = from; i < Math.min(all.size(), from + size); i++) {
      page.add(all.get(i));
    }
    Map<String, String> headers = cursor && from + size < all.size()
        ? Map.of("Next-Page-Token", String.valueOf(from + size)) : Map.of();
    send(exchange, 200, JSON.writeValueAsString(page), headers);
  }

  private static void send(HttpExchange exchange, int status, String body,
      Map<String, String> headers) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private EdFiApiClient client(String secret) {
    return EdFiApiClient.builder().baseUri(base()).clientId(ID).clientSecret(secret)
        .pageSize(50).retries(4, Duration.ofMillis(5)).build();
  }

  @Test
  void downloadsEveryPageThroughFailuresAndAnExpiredTokenAndImportsAsTheFilesDo()
      throws Exception {
    failOnce.add("studentSchoolAttendanceEvents?offset=100&limit=50");
    failOnce.add("courseOfferings?offset=50&limit=50");
    cursorResources.add("students");
    Map<String, Long> counts = client(SECRET).download(dir.resolve("staged"));

    assertThat(counts).containsEntry("studentSchoolAttendanceEvents", 466L)
        .containsEntry("courseOfferings", 169L).containsEntry("studentSchoolAssociations", 15L);
    assertThat(tokens.get()).as("a second token after the first expired").isEqualTo(2);
    assertThat(failOnce).isEmpty();
    JsonNode first = JSON.readTree(Files.readAllLines(
        dir.resolve("staged/studentSchoolAttendanceEvents.json")).get(0));
    assertThat(first).isEqualTo(served.get("studentSchoolAttendanceEvents").get(0));

    Path sample = SharedSamples.grandBend();
    EdFiImport edfi = EdFiImport.builder().asOf(LocalDate.parse("2022-03-01")).build();
    edfi.run(List.of(dir.resolve("staged")), dir.resolve("fromApi"));
    edfi.run(List.of(sample, sample.resolve("excerpts-ds6")), dir.resolve("fromFiles"));
    assertThat(Files.readString(dir.resolve("fromApi/students.csv")))
        .isEqualTo(Files.readString(dir.resolve("fromFiles/students.csv")));
  }

  @Test
  void cursorPagingFollowsNextPageTokenToTheEnd() throws Exception {
    cursorResources.add("students");
    Map<String, Long> counts = client(SECRET).download(dir.resolve("staged"));
    assertThat(counts).containsEntry("sessions", 6L);
    cursorResources.add("studentSchoolAttendanceEvents");
    assertThat(client(SECRET).download(dir.resolve("again")))
        .containsEntry("studentSchoolAttendanceEvents", 466L);
  }

  @Test
  void aRefusedSignInSaysSoWithoutTheSecret() {
    assertThatThrownBy(() -> client("wrong-" + SECRET).download(dir.resolve("staged")))
        .isInstanceOf(IOException.class).hasMessageContaining("oauth/token refused")
        .hasMessageContaining("check the client id and secret")
        .hasMessageNotContaining(SECRET);
    assertThat(client(SECRET).toString()).doesNotContain(SECRET);
  }

  @Test
  void aPageThatKeepsFailingNamesTheResourceAndStatus() {
    for (int i = 0; i < 4; i++) {
      failOnce.add("sessions?offset=0&limit=50");
    }
    server.removeContext("/api/data/v3/ed-fi/");
    server.createContext("/api/data/v3/ed-fi/", exchange -> send(exchange, 503, "{}", Map.of()));
    assertThatThrownBy(() -> client(SECRET).download(dir.resolve("staged")))
        .hasMessageContaining("sessions").hasMessageContaining("status 503 after 4 attempt")
        .hasMessageNotContaining(SECRET);
  }
}
