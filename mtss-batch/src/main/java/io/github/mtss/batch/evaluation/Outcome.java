package io.github.mtss.batch.evaluation;

/**
 * What later happened to one student, as {@code outcomes.csv} records it: whether the outcome
 * (not graduated on time, dropped out, off track) happened.
 *
 * @param studentId the student, as in students.csv
 * @param happened whether the outcome happened (1 in the file) or not (0)
 */
public record Outcome(String studentId, boolean happened) {}
