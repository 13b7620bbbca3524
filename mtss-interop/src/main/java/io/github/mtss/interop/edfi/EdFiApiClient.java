package io.github.mtss.interop.edfi;

import io.github.mtss.interop.edfi.internal.Aggregation;
import io.github.mtss.interop.edfi.internal.ApiDownload;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Downloads from a live Ed-Fi ODS/API (7.x, Data Standard 5) the resources an
 * {@link EdFiImport} reads, one NDJSON file per resource, for the import to read like saved API
 * JSON. It signs in with OAuth2 client credentials at {@code /oauth/token} (a new token when
 * one expires or is refused), pages through {@code /data/v3/ed-fi/<resource>} with
 * {@code limit}/{@code offset} (or the {@code Next-Page-Token} the server sends), and retries a
 * page refused with 429 or a 5xx status after a growing pause. The client secret appears in no
 * log, file or exception message.
 */
public final class EdFiApiClient {
  private final URI base;
  private final String clientId;
  private final String clientSecret;
  private final int pageSize;
  private final int attempts;
  private final Duration backoff;

  private EdFiApiClient(Builder builder) {
    this.base = Objects.requireNonNull(builder.base, "baseUri");
    this.clientId = Objects.requireNonNull(builder.clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(builder.clientSecret, "clientSecret");
    this.pageSize = builder.pageSize;
    this.attempts = builder.attempts;
    this.backoff = builder.backoff;
  }

  /** Starts a client; base URI, client id and client secret are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes {@code <resource>.json} (one document per line) into {@code directory} for every
   * resource the import reads.
   *
   * @return the records downloaded per resource
   * @throws IOException when the API cannot be reached or keeps refusing, naming the resource
   *     and status (never a credential)
   */
  public Map<String, Long> download(Path directory) throws IOException {
    return new ApiDownload(base, clientId, clientSecret, pageSize, attempts, backoff)
        .download(Aggregation.RESOURCES, directory);
  }

  @Override
  public String toString() {
    return "EdFiApiClient[" + base + ", client " + clientId + "]";
  }

  /** Builds an {@link EdFiApiClient}. */
  public static final class Builder {
    private @Nullable URI base;
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private int pageSize = 500;
    private int attempts = 6;
    private Duration backoff = Duration.ofSeconds(1);

    private Builder() {}

    /** The API's base, e.g. {@code https://api.district.org/api}: above /oauth and /data. */
    public Builder baseUri(URI uri) {
      this.base = uri;
      return this;
    }

    /** The OAuth2 client id (the API key). */
    public Builder clientId(String id) {
      this.clientId = id;
      return this;
    }

    /** The OAuth2 client secret, kept out of every message. */
    public Builder clientSecret(String secret) {
      this.clientSecret = secret;
      return this;
    }

    /** Records per page ({@code limit}); default 500, the ODS/API's usual maximum. */
    public Builder pageSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("page size must be at least 1, was " + size);
      }
      this.pageSize = size;
      return this;
    }

    /** Tries per page before giving up (default 6); a pause doubling from {@code backoff}. */
    public Builder retries(int attempts, Duration backoff) {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
      }
      this.attempts = attempts;
      this.backoff = backoff;
      return this;
    }

    /** Builds the client. */
    public EdFiApiClient build() {
      return new EdFiApiClient(this);
    }
  }
}
