package io.github.mtss.rules.facts;

import io.github.mtss.core.Need;
import io.github.mtss.core.Service;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import org.immutables.value.Value;

/**
 * A partner service that may meet one of a student's needs: a service of the need's category
 * that runs at the student's school (or at every school). The engine inserts one per such
 * service before the eligibility phase; the eligibility rules then find what does not fit.
 */
@Value.Immutable(builder = false)
public abstract class ServiceCandidate implements Finding {
  /** Returns the student. */
  @Value.Parameter
  public abstract Student student();

  /** Returns the need. */
  @Value.Parameter
  public abstract Need need();

  /** Returns the service. */
  @Value.Parameter
  public abstract Service service();

  /** Returns the student's tier. */
  @Value.Parameter
  public abstract Tier tier();

  @Override
  public String studentId() {
    return student().studentId();
  }

  /** Returns a candidate. */
  public static ServiceCandidate of(Student student, Need need, Service service, Tier tier) {
    return ImmutableServiceCandidate.of(student, need, service, tier);
  }
}
