package io.github.mtss.spark.internal;

import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.PartnerCsv;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Service;
import io.github.mtss.rules.MtssEngine;
import io.github.mtss.rules.PolicyFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What an engine is built from, as bytes that travel to the executors in a broadcast: the policy
 * file, the rule pack's files and the partners file. The engine itself (its compiled rules) never
 * travels: each JVM builds it from these once ({@link Engines}).
 *
 * @param policyName the policy file's name as messages show it, empty without a policy
 * @param policy the policy file's bytes, null for the defaults
 * @param rulePack the rule pack's files by path relative to the pack, empty without a pack
 * @param partnersName the partners file's name as rejects show it, empty without partners
 * @param partners the partners file's bytes, null without partners
 * @param allowUnsafeRules whether the pack may use what unsafe rules use
 */
public record EngineInputs(String policyName, byte @Nullable [] policy,
    SortedMap<String, byte[]> rulePack, String partnersName, byte @Nullable [] partners,
    boolean allowUnsafeRules) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Reads the files on the driver; a null path means that input is not given. */
  public static EngineInputs read(@Nullable Path policy, @Nullable Path rulePack,
      @Nullable Path partners, boolean allowUnsafeRules) throws IOException {
    SortedMap<String, byte[]> pack = new TreeMap<>();
    if (rulePack != null) {
      try (Stream<Path> files = Files.walk(rulePack)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          pack.put(rulePack.relativize(file).toString(), Files.readAllBytes(file));
        }
      }
    }
    return new EngineInputs(policy == null ? "" : policy.toString(),
        policy == null ? null : Files.readAllBytes(policy), pack,
        partners == null ? "" : partners.toString(),
        partners == null ? null : Files.readAllBytes(partners), allowUnsafeRules);
  }

  /** Returns the partners file's services and rejected rows; empty without partners. */
  public CsvInput.Result<Service> services() throws InputFileException {
    if (partners == null) {
      return new CsvInput.Result<>(List.of(), List.of(), 0, "");
    }
    return PartnerCsv.read(partnersName, new ByteArrayInputStream(partners));
  }

  /** Returns a digest of every input: equal inputs build equal engines. */
  String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, policyName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      update(sha, policy == null ? new byte[0] : policy);
      for (Map.Entry<String, byte[]> file : rulePack.entrySet()) {
        update(sha, file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        update(sha, file.getValue());
      }
      update(sha, partnersName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      update(sha, partners == null ? new byte[0] : partners);
      sha.update((byte) (allowUnsafeRules ? 1 : 0));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static void update(MessageDigest sha, byte[] bytes) {
    sha.update(java.nio.ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    sha.update(bytes);
  }

  /**
   * Builds the engine: the policy read, the rule pack written to a directory of this JVM's temp
   * space and compiled, the partners' services given to it.
   *
   * @throws InputFileException when the partners file as a whole cannot be used
   */
  MtssEngine build() throws InputFileException {
    Policy rules = policy == null ? Policy.defaults() : readPolicy();
    List<Service> services = services().rows().stream().map(CsvInput.Row::value).toList();
    MtssEngine.Builder builder = MtssEngine.builder().policy(rules).services(services)
        .allowUnsafeRules(allowUnsafeRules);
    if (!rulePack.isEmpty()) {
      builder.rulePack(writePack());
    }
    return builder.build();
  }

  private Policy readPolicy() {
    try {
      return PolicyFiles.read(policyName, new ByteArrayInputStream(policy));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path writePack() {
    try {
      Path directory = Files.createTempDirectory("mtss-rule-pack");
      for (Map.Entry<String, byte[]> file : rulePack.entrySet()) {
        Path target = directory.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rule pack to this machine's temp space", e);
    }
  }
}
