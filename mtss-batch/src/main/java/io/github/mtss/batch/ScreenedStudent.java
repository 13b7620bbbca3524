package io.github.mtss.batch;

import io.github.mtss.core.Student;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierHistoryEntry;
import io.github.mtss.core.TierPlacement;
import org.jspecify.annotations.Nullable;

/**
 * One student as a screening hands it to a {@link ScreeningSink}: the row it came from, what the
 * rules decided, where the tier records place the student, and the history entry the placement
 * adds.
 *
 * @param line the line of the student's row in the source (its position for other sources)
 * @param student the student as read
 * @param decision what the rules decided
 * @param placement the tier the student is placed in, after overrides and running plans
 * @param historyEntry the entry this screen adds to the tier history, or {@code null} when the
 *     student's last entry already records the same placement
 */
public record ScreenedStudent(long line, Student student, TierDecision decision,
    TierPlacement placement, @Nullable TierHistoryEntry historyEntry) {}
