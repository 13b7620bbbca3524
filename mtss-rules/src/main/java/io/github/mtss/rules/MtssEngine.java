package io.github.mtss.rules;

import com.google.common.base.Suppliers;
import io.github.mtss.core.progress.Plan;
import io.github.mtss.core.progress.PlanDecision;
import io.github.mtss.core.Policy;
import io.github.mtss.core.progress.ProgressPoint;
import io.github.mtss.core.allocation.SeatAllocation;
import io.github.mtss.core.allocation.SeatPlan;
import io.github.mtss.core.allocation.SeatRequests;
import io.github.mtss.core.Service;
import io.github.mtss.core.Problem;
import io.github.mtss.core.Student;
import io.github.mtss.core.StudentValidator;
import io.github.mtss.core.TierDecision;
import io.github.mtss.rules.internal.DefaultRules;
import io.github.mtss.rules.internal.RuleCompiler;
import io.github.mtss.rules.internal.ProgressReview;
import io.github.mtss.rules.internal.RulePackFiles;
import io.github.mtss.rules.internal.ScreeningSession;
import io.github.mtss.rules.internal.ServiceCatalogue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Screens students with a compiled rule set and a policy: the library's entry point.
 *
 * <p><b>Lifecycle.</b> Building an engine compiles the rules once (one to two seconds for the
 * defaults); build it at start-up, keep it and share it. It holds no open resources, so there is
 * nothing to close; drop the reference to discard it. To change rules, build a new engine and
 * swap it in; to change only the policy, {@link #withPolicy(Policy)} reuses the compiled rules.
 *
 * <p><b>Thread-safety.</b> An engine is immutable and thread-safe: each call to
 * {@link #screen(Collection)} runs in its own rule session, disposed before the call returns, so
 * any number of threads may screen at once and get the same decisions as one thread.
 *
 * <p><b>Validation.</b> Every student screened is first checked with
 * {@link StudentValidator#checkValues}; a student whose values cannot be screened fails the call
 * with an {@link InvalidStudentException} naming the student and its problems.
 *
 * <p><b>Large rosters.</b> {@link #screen(Iterable, Consumer)} hands each decision on as its batch
 * is screened, so a roster of any size is screened without holding every decision.
 *
 * <pre>{@code
 * MtssEngine engine = MtssEngine.builder()
 *     .policy(Policy.builder().attendanceRiskBelow(0.88).build())
 *     .build();
 * List<TierDecision> decisions = engine.screen(students);
 * }</pre>
 */
public final class MtssEngine {
  /** The rules compiled for the builder's policy: with its values in place when inlined. */
  private final CompiledRules specialised;
  /** The policy whose values are compiled into {@link #specialised}, or null: none. */
  private final @Nullable Policy inlined;
  /** The rules compiled as written, for every other policy: built when first needed, shared. */
  private final Supplier<CompiledRules> asWritten;
  private final CompiledRules rules;
  private final Policy policy;
  private final RuleSetIdentity identity;
  private final int batchSize;
  private final ServiceCatalogue services;
  private final Set<String> ruleNames;

  private MtssEngine(Builder builder) {
    RulePackFiles pack = builder.rulePack == null ? null : RulePackFiles.read(builder.rulePack);
    RuleCompiler.Compiled compiled = RuleCompiler.compile(DefaultRules.sources(), pack,
        builder.ruleCache, builder.allowUnsafeRules, builder.policy);
    CompiledRules forPolicy = new CompiledRules(compiled.base());
    this.specialised = forPolicy;
    this.inlined = compiled.inlined();
    this.asWritten = inlined == null ? () -> forPolicy
        : Suppliers.memoize(() -> new CompiledRules(RuleCompiler.compileAsWritten(
            DefaultRules.sources(), pack, builder.ruleCache, builder.allowUnsafeRules).base()));
    this.rules = specialised;
    this.identity = compiled.identity();
    this.ruleNames = compiled.ruleNames();
    this.policy = builder.policy;
    this.services = new ServiceCatalogue(builder.services);
    this.batchSize = builder.batchSize;
  }

  private MtssEngine(MtssEngine engine, Policy policy) {
    this.specialised = engine.specialised;
    this.inlined = engine.inlined;
    this.asWritten = engine.asWritten;
    this.rules = inlined == null || policy.equals(inlined) ? specialised : asWritten.get();
    this.identity = engine.identity;
    this.ruleNames = engine.ruleNames;
    this.services = engine.services;
    this.batchSize = engine.batchSize;
    this.policy = policy;
  }

  /** A compiled knowledge base and the pool its sessions come from. */
  private static final class CompiledRules {
    final KieBase base;
    final KieSessionsPool sessions;

    CompiledRules(KieBase base) {
      this.base = base;
      this.sessions = base.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }
  }

  /** Returns a builder for an engine with the default rules and policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the policy whose values the rules read. */
  public Policy policy() {
    return policy;
  }

  /**
   * Returns an engine with this engine's rules, services and batch size and another policy: for
   * trying many policies on the same rules (calibration, what-if comparisons). The decisions are
   * those of an engine built with that policy. An engine's own policy may be compiled into its
   * default screening rules (an alpha test on the student instead of a join with the policy
   * fact, about a fifth faster; see {@link Builder#build()}); any other policy is read as a fact
   * by the rules as written, which are bundled with the library or, with a rule pack, compiled
   * by the first such call (a few seconds) and shared by every later one, of this engine and of
   * those derived from it.
   *
   * @throws RulePackException when compiling the rules as written fails (it cannot when this
   *     engine's rules compiled)
   */
  public MtssEngine withPolicy(Policy policy) {
    return new MtssEngine(this, policy);
  }

  /** Returns the partner services screened against, sorted by id. */
  public List<Service> services() {
    return services.all();
  }

  /**
   * Allocates the limited seats of the engine's services to the needs of screened students,
   * optimally (see {@link SeatAllocation}): priorities come from the policy, eligibility from the
   * decisions. Pass every decision of the period at once: seats are a global decision.
   */
  public SeatAllocation allocate(List<TierDecision> decisions) {
    return SeatAllocation.allocate(SeatRequests.from(decisions, policy),
        SeatPlan.capacities(services.all()));
  }

  /**
   * Reviews intervention plans as of a day with the progress rules (four-point rule, trend rule,
   * dual discrepancy, minimum duration and points; numbers from the policy). Points may be in any
   * order and may include other plans' points.
   *
   * @return one decision per plan, sorted by plan id
   */
  public List<PlanDecision> review(List<Plan> plans, List<ProgressPoint> points, LocalDate asOf) {
    return ProgressReview.review(rules.base, policy, plans, points, asOf);
  }

  /** Returns the identity of the compiled rule set (files, hash, replaced rules). */
  public RuleSetIdentity ruleSet() {
    return identity;
  }

  /**
   * Returns the names of the rules a decision's reasons can name, sorted: every active rule but
   * a pack's fold rules ({@code @fold}), which only gather findings into one fact.
   */
  public Set<String> ruleNames() {
    return ruleNames;
  }

  /**
   * Screens one student.
   *
   * @throws InvalidStudentException when the student's values cannot be screened
   * @throws RulePackException when the rules loop past the policy's firing or wall-clock limit,
   *     or a consequence throws
   */
  public TierDecision screen(Student student) {
    return screenBatch(List.of(student)).get(0);
  }

  /**
   * Screens students, returning one decision per student in the order given. Students are screened
   * in sessions of at most the builder's batch size; the result does not depend on the batch size.
   *
   * @throws IllegalArgumentException when two students share an identifier
   * @throws InvalidStudentException when a student's values cannot be screened
   * @throws RulePackException when the rules loop past the policy's firing or wall-clock limit,
   *     or a consequence throws
   */
  public List<TierDecision> screen(Collection<Student> students) {
    List<Student> roster = List.copyOf(students);
    if (roster.stream().map(Student::studentId).distinct().count() != roster.size()) {
      throw new IllegalArgumentException("student ids must be unique within one call to screen");
    }
    List<TierDecision> decisions = new ArrayList<>(roster.size());
    screen(roster, decisions::add);
    return decisions;
  }

  /**
   * Screens students as they come, handing each decision to {@code decisions} in the order the
   * students come: for rosters too large to hold. Students are read and screened one batch (the
   * builder's batch size) at a time, and a batch's decisions are handed on before the next batch
   * is read. Identifiers must be unique within each batch; across batches they are not compared
   * (that would mean remembering every one), so a caller that may repeat a student finds the
   * repetition itself.
   *
   * @throws IllegalArgumentException when two students of one batch share an identifier
   * @throws InvalidStudentException when a student's values cannot be screened; the decisions of
   *     the batches before its own have been handed on
   * @throws RulePackException when the rules loop past the policy's firing or wall-clock limit,
   *     or a consequence throws
   */
  public void screen(Iterable<Student> students, Consumer<TierDecision> decisions) {
    List<Student> batch = new ArrayList<>(batchSize);
    for (Student student : students) {
      batch.add(student);
      if (batch.size() == batchSize) {
        screenBatch(batch).forEach(decisions);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      screenBatch(batch).forEach(decisions);
    }
  }

  private List<TierDecision> screenBatch(List<Student> batch) {
    Set<String> ids = new HashSet<>();
    for (Student student : batch) {
      List<Problem> problems = StudentValidator.checkValues(student);
      if (!problems.isEmpty()) {
        throw new InvalidStudentException(student.studentId(), problems);
      }
      if (!ids.add(student.studentId())) {
        throw new IllegalArgumentException(
            "student ids must be unique within one batch: " + student.studentId());
      }
    }
    return ScreeningSession.screen(rules.sessions::newKieSession, policy, services, batch);
  }

  /** Configures and builds an {@link MtssEngine}. Not thread-safe; an engine it builds is. */
  public static final class Builder {
    private Policy policy = Policy.defaults();
    private int batchSize = 256;
    private @Nullable Path rulePack;
    private @Nullable Path ruleCache;
    private List<Service> services = List.of();
    private boolean allowUnsafeRules;

    private Builder() {}

    /** Sets the policy whose values the rules read. Default: {@link Policy#defaults()}. */
    public Builder policy(Policy policy) {
      this.policy = policy;
      return this;
    }

    /**
     * Adds a district's rule pack: every {@code *.drl}, {@code *.drl.csv}, {@code *.drl.xls} and
     * {@code *.drl.xlsx} file under {@code directory}. A pack rule named like a default rule
     * replaces it; a {@code pack.yaml} manifest may list default rules to {@code disable}.
     */
    public Builder rulePack(Path directory) {
      this.rulePack = directory;
      return this;
    }

    /**
     * Lets the rule pack use what rules are refused by default: {@code System}, {@code Runtime},
     * {@code ProcessBuilder}, {@code java.io}, {@code java.nio.file}, {@code java.net},
     * reflection and threads (see docs/rules.md, "Rule packs are code"). Give it only to a pack
     * reviewed like code. Default: refused, each use reported with its file, line and column.
     */
    public Builder allowUnsafeRules(boolean allow) {
      this.allowUnsafeRules = allow;
      return this;
    }

    /**
     * Keeps compiled rule sets in {@code directory}, so that a rule set compiled once (the
     * defaults with or without a given pack) builds in a fraction of a second instead of a few
     * seconds. What is kept is the Java the Drools executable model generates from the rule
     * files, compiled, never a serialised knowledge base; the file's name changes with the rule
     * sources, the policy's values (the default screening rules are compiled with them in
     * place), the Drools version and the library build, and an unusable file is replaced.
     * The cached classes are loaded and run like rule files are: keep the directory writable
     * only by those trusted to change the rules. Default: no cache, every engine compiles its
     * rules.
     */
    public Builder compiledRuleCache(Path directory) {
      this.ruleCache = directory;
      return this;
    }

    /**
     * Sets the partner services to screen against: each decision then says which services fit
     * each need ({@link TierDecision#eligibility()}), and {@link MtssEngine#allocate} assigns
     * their seats. Default: none.
     */
    public Builder services(Collection<Service> services) {
      this.services = List.copyOf(services);
      return this;
    }

    /**
     * Sets how many students share one rule session. Larger batches amortise session set-up;
     * decisions do not depend on it. Default 256.
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Compiles the rules and returns the engine. The default rules come compiled with the
     * library, with the default policy's values in place and as written: with the default
     * policy and no pack, nothing is compiled. The default screening rules are compiled with
     * the policy's values in place of their {@code $p.} reads whenever that costs no more than
     * compiling them as written: with a rule pack (compiled either way), with a
     * {@linkplain #compiledRuleCache compiled-rule cache} (compiled once per policy), or for the
     * default policy (bundled). Otherwise, a policy of its own without pack or cache, the
     * bundled rules as written read the policy fact: no compilation, decisions a fifth slower.
     *
     * @throws RulePackException when a rule file does not compile, listing every error
     */
    public MtssEngine build() {
      return new MtssEngine(this);
    }
  }
}
