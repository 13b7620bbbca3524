package io.github.mtss.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.github.mtss.core.Policy;
import io.github.mtss.rules.RuleMessage;
import io.github.mtss.rules.RulePackException;
import io.github.mtss.rules.RuleSetIdentity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles the default rules and a district's pack into one {@link KieBase} with the Drools
 * executable model, reporting every error at its location in the file the user wrote. A pack
 * rule named like a default rule replaces it; the pack's manifest may disable default rules by
 * name. Replaced and disabled rules are removed from the knowledge base, so they never fire.
 */
public final class RuleCompiler {
  /** The package of the default rules. */
  public static final String DEFAULT_PACKAGE = "io.github.mtss.rules.defaults";
  private static final String RESOURCES = "src/main/resources/";

  private RuleCompiler() {}

  /**
   * A compiled rule set.
   *
   * @param base the knowledge base, shared by every session
   * @param identity what the rule set is made of
   * @param ruleNames the active rules a decision's reasons can name (all but the fold rules)
   * @param inlined the policy whose values the default screening rules were compiled with in
   *     place, or null when they were compiled as written
   */
  public record Compiled(KieBase base, RuleSetIdentity identity, Set<String> ruleNames,
      @Nullable Policy inlined) {}

  /**
   * Compiles the default sources and the pack, if any, for screening with {@code policy}; a pack
   * that uses what {@link RuleSafety} refuses is refused unless {@code allowUnsafe}. The default
   * screening rules are compiled with the policy's values in place of their policy reads
   * ({@link PolicyConstants}) whenever that costs no more than compiling them as written: with a
   * pack (compiled either way), with a cache directory (compiled once), or when the library
   * bundles them compiled ({@link BundledRules}: the default policy). Otherwise the bundled rules
   * as written are used, and read the policy fact. {@link Compiled#inlined()} says which.
   *
   * @throws RulePackException listing every error as file, line and column
   */
  public static Compiled compile(List<RuleSource> defaults, @Nullable RulePackFiles pack,
      @Nullable Path cacheDirectory, boolean allowUnsafe, Policy policy) {
    List<RuleSource> inlined = PolicyConstants.inline(defaults, policy);
    boolean inline = pack != null || cacheDirectory != null
        || BundledRules.has(sourcesHash(inlined));
    return compile(defaults, inline ? inlined : defaults, inline ? policy : null, pack,
        cacheDirectory, allowUnsafe);
  }

  /**
   * Compiles the default sources as written, so that they read any policy from its fact, and
   * the pack, if any.
   *
   * @throws RulePackException listing every error as file, line and column
   */
  public static Compiled compileAsWritten(List<RuleSource> defaults, @Nullable RulePackFiles pack,
      @Nullable Path cacheDirectory, boolean allowUnsafe) {
    return compile(defaults, defaults, null, pack, cacheDirectory, allowUnsafe);
  }

  /**
   * Compiles rule sources, whether bundled or not, into {@code cache} when there is one (for
   * {@link BundledRules}).
   */
  static KieBase compileInto(List<RuleSource> sources, @Nullable CompiledRuleCache cache) {
    return build(sources, cache, false);
  }

  /** Returns the hash that names the compiled rule set of {@code sources}. */
  static String sourcesHash(List<RuleSource> sources) {
    return hash(sources, Set.of());
  }

  private static Compiled compile(List<RuleSource> defaults, List<RuleSource> compiledDefaults,
      @Nullable Policy inlined, @Nullable RulePackFiles pack, @Nullable Path cacheDirectory,
      boolean allowUnsafe) {
    List<RuleSource> sources = new ArrayList<>(defaults);
    List<RuleSource> compiled = new ArrayList<>(compiledDefaults);
    Map<String, RuleMessage> disabled = pack == null ? Map.of() : pack.disabled();
    if (pack != null) {
      check(pack, allowUnsafe);
      sources.addAll(pack.sources());
      compiled.addAll(pack.sources());
    }
    KieBase base = build(compiled,
        cacheDirectory == null ? null : new CompiledRuleCache(cacheDirectory), true);
    Set<String> defaultRules = ruleNames(base, true);
    List<RuleMessage> unknown = disabled.entrySet().stream()
        .filter(e -> !defaultRules.contains(e.getKey()))
        .map(e -> RuleMessage.of(e.getValue().file(), e.getValue().line(),
            e.getValue().column(), "cannot disable \"" + e.getKey()
                + "\": there is no default rule of that name"))
        .collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new RulePackException("the rule pack disables unknown rules", unknown);
    }
    List<RuleMessage> unphased = unphasedRules(base, pack);
    if (!unphased.isEmpty()) {
      throw new RulePackException("rules outside the screening phases", unphased);
    }
    Set<String> replaced = new TreeSet<>(ruleNames(base, false));
    replaced.retainAll(defaultRules);
    Set<String> added = new TreeSet<>(ruleNames(base, false));
    added.removeAll(defaultRules);
    Set<String> removed = new TreeSet<>(replaced);
    removed.addAll(disabled.keySet());
    removed.forEach(name -> base.removeRule(DEFAULT_PACKAGE, name));
    RuleSetIdentity identity = RuleSetIdentity.builder()
        .files(sources.stream().map(RuleSource::displayName).collect(Collectors.toList()))
        .sha256(hash(sources, disabled.keySet()))
        .activeRules(ruleNames(base, true).size() + ruleNames(base, false).size())
        .replaced(replaced)
        .added(added)
        .warnings(RuleNameCheck.nearDefaults(added, defaultRules,
            pack == null ? List.of() : pack.sources()))
        .disabled(new TreeSet<>(disabled.keySet()))
        .build();
    return new Compiled(base, identity, reasonNames(base), inlined);
  }

  private static void check(RulePackFiles pack, boolean allowUnsafe) {
    List<RuleMessage> reserved = RuleSafety.reservedPackage(pack.sources());
    if (!reserved.isEmpty()) {
      throw new RulePackException("the rule pack uses the default rules' package", reserved);
    }
    List<RuleMessage> unsafe = allowUnsafe ? List.of() : RuleSafety.unsafeUses(pack.sources());
    if (!unsafe.isEmpty()) {
      throw new RulePackException(unsafe.size() + " unsafe use(s) in the rule pack, refused "
          + "unless unsafe rules are allowed (--allow-unsafe-rules) after a review", unsafe);
    }
  }

  private static KieBase build(List<RuleSource> sources, @Nullable CompiledRuleCache cache,
      boolean bundled) {
    String sourcesHash = sourcesHash(sources);
    KieBase shipped = bundled ? BundledRules.load(sourcesHash) : null;
    if (shipped != null) {
      return shipped;
    }
    KieBase cached = cache == null ? null : cache.load(sourcesHash);
    if (cached != null) {
      return cached;
    }
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId = services.newReleaseId(
        "io.github.mtss.generated", "rules-" + sourcesHash, "1.0.0");
    files.generateAndWritePomXML(releaseId);
    Map<String, RuleSource> byPath = new HashMap<>();
    for (RuleSource source : sources) {
      String path = RESOURCES + source.resourcePath();
      files.write(path, source.content());
      byPath.put(path, source);
    }
    KieBuilder builder;
    try {
      builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    } catch (RuntimeException e) {
      throw new RulePackException("1 error(s) in the rule files",
          List.of(CompileFailures.describe(e, sources)));
    }
    List<RuleMessage> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
        .filter(message -> !message.getText().contains("Parser returned a null Package"))
        .filter(message -> !message.getText().startsWith("Java source of "))
        .map(message -> toRuleMessage(message, byPath))
        .distinct()
        .sorted(SourceLocator.ORDER)
        .collect(ImmutableList.toImmutableList());
    if (!errors.isEmpty()) {
      throw new RulePackException(errors.size() + " error(s) in the rule files", errors);
    }
    if (cache != null) {
      cache.store(sourcesHash, ((InternalKieModule) builder.getKieModule()).getBytes());
    }
    return services.newKieContainer(releaseId).getKieBase();
  }

  /** Returns an error for each pack rule that names no screening phase or an unknown one. */
  private static List<RuleMessage> unphasedRules(KieBase base, @Nullable RulePackFiles pack) {
    List<RuleMessage> problems = new ArrayList<>();
    for (KiePackage kiePackage : base.getKiePackages()) {
      if (kiePackage.getName().equals(DEFAULT_PACKAGE)) {
        continue;
      }
      for (Rule rule : kiePackage.getRules()) {
        String phase = ((RuleImpl) rule).getRuleFlowGroup();
        if (phase == null || !Phases.KNOWN.contains(phase)) {
          String message = "rule \"" + rule.getName() + "\" " + (phase == null || phase.isEmpty()
              || phase.equals("MAIN") ? "names no phase" : "names unknown phase '" + phase + "'")
              + "; add ruleflow-group with one of " + String.join(", ", Phases.KNOWN);
          problems.add(SourceLocator.locateRule(
              pack == null ? List.of() : pack.sources(), rule.getName(), message));
        }
      }
    }
    return problems;
  }

  /** Returns the names of the rules that can be a reason: every rule but the fold rules. */
  private static Set<String> reasonNames(KieBase base) {
    Set<String> names = new TreeSet<>();
    for (KiePackage kiePackage : base.getKiePackages()) {
      kiePackage.getRules().stream()
          .filter(rule -> !rule.getMetaData().containsKey(FiringRecorder.FOLD))
          .map(Rule::getName)
          .forEach(names::add);
    }
    return Collections.unmodifiableSet(names);
  }

  /** Returns the names of the default rules, or of every other package's rules. */
  private static Set<String> ruleNames(KieBase base, boolean defaults) {
    Set<String> names = new TreeSet<>();
    for (KiePackage kiePackage : base.getKiePackages()) {
      if (kiePackage.getName().equals(DEFAULT_PACKAGE) == defaults) {
        kiePackage.getRules().stream().map(Rule::getName).forEach(names::add);
      }
    }
    return names;
  }

  private static String hash(List<RuleSource> sources, Set<String> disabled) {
    Hasher hasher = Hashing.sha256().newHasher();
    for (RuleSource source : sources) {
      hasher.putString(source.resourcePath(), StandardCharsets.UTF_8).putByte((byte) 0);
      hasher.putBytes(source.content()).putByte((byte) 0);
    }
    new TreeSet<>(disabled).forEach(name ->
        hasher.putString("disable:" + name, StandardCharsets.UTF_8).putByte((byte) 0));
    return hasher.hash().toString();
  }

  /**
   * Converts a Drools message, whose columns count from 0, to a 1-based location. Messages of the
   * executable-model compiler often carry no line; then the expression they quote is looked up
   * in the file, so the author still gets a line and column.
   */
  private static RuleMessage toRuleMessage(Message message, Map<String, RuleSource> byPath) {
    String path = message.getPath() == null ? "" : message.getPath();
    RuleSource source = byPath.getOrDefault(path, byPath.get(RESOURCES + path));
    String text = CompileFailures.oneLine(message.getText());
    if (source == null) {
      return SourceLocator.locateInGenerated(byPath.values(), text);
    }
    if (message.getLine() > 0) {
      return RuleMessage.of(source.displayName(), message.getLine(), message.getColumn() + 1,
          text);
    }
    return SourceLocator.locate(source, text);
  }
}
