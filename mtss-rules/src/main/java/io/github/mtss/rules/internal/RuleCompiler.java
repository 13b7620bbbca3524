package io.github.mtss.rules.internal;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.github.mtss.rules.RuleMessage;
import io.github.mtss.rules.RulePackException;
import io.github.mtss.rules.RuleSetIdentity;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles rule files into a {@link KieBase} with the Drools executable model, reporting every
 * error at its location in the file the user wrote.
 */
public final class RuleCompiler {
  private static final String RESOURCES = "src/main/resources/";

  private RuleCompiler() {}

  /**
   * Compiles the sources into one knowledge base.
   *
   * @throws RulePackException listing every error as file, line and column
   */
  public static KieBase compile(List<RuleSource> sources) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId = services.newReleaseId(
        "io.github.mtss.generated", "rules-" + identify(sources).sha256(), "1.0.0");
    files.generateAndWritePomXML(releaseId);
    Map<String, String> displayNames = new HashMap<>();
    for (RuleSource source : sources) {
      String path = RESOURCES + source.resourcePath();
      files.write(path, source.content());
      displayNames.put(path, source.displayName());
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    List<RuleMessage> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
        .map(message -> toRuleMessage(message, displayNames))
        .sorted(Comparator.comparing(RuleMessage::file)
            .thenComparingInt(RuleMessage::line)
            .thenComparingInt(RuleMessage::column))
        .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new RulePackException(
          errors.size() + " error(s) in the rule files", errors);
    }
    return services.newKieContainer(releaseId).getKieBase();
  }

  /** Returns the identity of a list of sources: names in order and a hash of names and content. */
  public static RuleSetIdentity identify(List<RuleSource> sources) {
    Hasher hasher = Hashing.sha256().newHasher();
    for (RuleSource source : sources) {
      hasher.putString(source.resourcePath(), StandardCharsets.UTF_8).putByte((byte) 0);
      hasher.putBytes(source.content()).putByte((byte) 0);
    }
    return RuleSetIdentity.builder()
        .files(sources.stream().map(RuleSource::displayName).collect(Collectors.toList()))
        .sha256(hasher.hash().toString())
        .build();
  }

  private static RuleMessage toRuleMessage(Message message, Map<String, String> displayNames) {
    String path = message.getPath() == null ? "" : message.getPath();
    String file = displayNames.getOrDefault(path,
        displayNames.getOrDefault(RESOURCES + path, path.isEmpty() ? "<rules>" : path));
    return RuleMessage.builder()
        .file(file)
        .line(Math.max(0, message.getLine()))
        .column(Math.max(0, message.getColumn()))
        .message(message.getText().strip())
        .build();
  }
}
