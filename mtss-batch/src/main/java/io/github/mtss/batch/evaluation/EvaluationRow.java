package io.github.mtss.batch.evaluation;

import io.github.mtss.core.evaluation.ConfusionCounts;
import org.jspecify.annotations.Nullable;

/**
 * One line of an evaluation: a flag's confusion table on one scope.
 *
 * <p>Scopes: {@code all} (value {@code all}); {@code school}, {@code grade} and
 * {@code equity:<column>}, the students of one school, grade or subgroup, flagged by their tier;
 * {@code domain} (value {@code attendance}, {@code behavior} or {@code coursework}), every student,
 * flagged by that domain's level alone (at risk or severe for {@code tier>=2}, severe for
 * {@code tier3}); {@code rule} (value a rule's name), every student, flagged when the rule fired
 * for the student and the student's tier is flagged, so a rule's recall is the share of outcomes
 * it helped find; {@code logistic_regression} (value {@code cross_validated}), every student,
 * flagged when among the same number of highest-scoring students as the tier flag flags.
 *
 * @param scope the scope, as above
 * @param value the school, grade, subgroup, domain or rule
 * @param flag which students count as flagged
 * @param counts the confusion table
 * @param parity for an equity subgroup, its error-rate balance against the rest; otherwise null
 */
public record EvaluationRow(String scope, String value, Flag flag, ConfusionCounts counts,
    @Nullable Parity parity) {}
