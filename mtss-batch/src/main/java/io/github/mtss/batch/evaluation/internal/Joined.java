package io.github.mtss.batch.evaluation.internal;

import io.github.mtss.batch.evaluation.Outcome;
import io.github.mtss.core.Student;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The students that have an outcome, sorted by id, with their outcomes by position, and the ids
 * found on one side only.
 *
 * @param students the students with an outcome, by id
 * @param outcomes whether each student's outcome happened
 * @param withoutOutcome ids of students with no outcome, sorted
 * @param withoutStudent ids of outcomes with no student, sorted
 */
record Joined(List<Student> students, boolean[] outcomes, List<String> withoutOutcome,
    List<String> withoutStudent) {

  static Joined of(List<Student> students, List<Outcome> outcomes) {
    Map<String, Boolean> byId = new HashMap<>();
    for (Outcome outcome : outcomes) {
      if (byId.put(outcome.studentId(), outcome.happened()) != null) {
        throw new IllegalArgumentException("student id " + outcome.studentId()
            + " has two outcomes");
      }
    }
    List<Student> sorted = new ArrayList<>(students);
    sorted.sort(Comparator.comparing(Student::studentId));
    List<Student> joined = new ArrayList<>();
    Set<String> withoutOutcome = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    for (Student student : sorted) {
      if (!seen.add(student.studentId())) {
        throw new IllegalArgumentException("student id " + student.studentId()
            + " is repeated");
      }
      if (byId.containsKey(student.studentId())) {
        joined.add(student);
      } else {
        withoutOutcome.add(student.studentId());
      }
    }
    boolean[] happened = new boolean[joined.size()];
    for (int i = 0; i < happened.length; i++) {
      happened[i] = byId.get(joined.get(i).studentId());
    }
    Set<String> withoutStudent = new TreeSet<>(byId.keySet());
    withoutStudent.removeAll(seen);
    return new Joined(joined, happened, List.copyOf(withoutOutcome), List.copyOf(withoutStudent));
  }
}
