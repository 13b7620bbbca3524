package io.github.mtss.spark.internal;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.ScreeningRows;
import io.github.mtss.core.Level;
import io.github.mtss.core.Need;
import io.github.mtss.core.Service;
import io.github.mtss.core.Tier;
import io.github.mtss.core.UnmetCause;
import io.github.mtss.core.allocation.SeatPlan;
import io.github.mtss.core.allocation.SeatRequest;
import io.github.mtss.rules.MtssEngine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Hands out the driver's seat plan on an executor: a partition holds every request of its groups,
 * sorted by student id then need, and runs them through {@link SeatPlan#assign}, the loop
 * {@code mtss screen} runs, so each group's seats go to its first members in id order exactly
 * as on one machine. Emits each request's row of recommendations.csv or unmet.csv.
 */
public final class AssignPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** An output row: the request's student and need, whether it got a seat, its file row. */
  public static final StructType OUTCOME = new StructType()
      .add("student_id", DataTypes.StringType, false)
      .add("need", DataTypes.IntegerType, false)
      .add("met", DataTypes.BooleanType, false)
      .add("row", DataTypes.StringType, false);

  private final Broadcast<EngineInputs> inputs;
  private final Broadcast<PlanSeats> plan;

  /**
   * @param inputs what the engine is built from (for the services)
   * @param plan the plan solved on the driver
   */
  public AssignPartition(Broadcast<EngineInputs> inputs, Broadcast<PlanSeats> plan) {
    this.inputs = inputs;
    this.plan = plan;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> requests) throws InputFileException {
    MtssEngine engine = Engines.get(inputs.value());
    Map<String, Service> services = engine.services().stream()
        .collect(Collectors.toMap(Service::id, Function.identity()));
    List<Row> outcomes = new ArrayList<>();
    plan.value().plan().assign(requests, AssignPartition::seat,
        new SeatPlan.Outcomes<Row, RuntimeException>() {
          @Override
          public void met(Row request, String serviceId) {
            outcomes.add(outcome(request, true, ScreeningRows.recommendation(seat(request),
                services.get(serviceId), Tier.values()[request.getInt(5)],
                Level.values()[request.getInt(6)])));
          }

          @Override
          public void unmet(Row request, UnmetCause cause) {
            outcomes.add(outcome(request, false, ScreeningRows.unmet(seat(request), cause)));
          }
        });
    return outcomes.iterator();
  }

  private static Row outcome(Row request, boolean met, String row) {
    return RowFactory.create(request.getString(0), request.getInt(1), met, row);
  }

  /** Rebuilds the seat request of a row of {@link ScreenedRows#REQUEST}. */
  static SeatRequest seat(Row request) {
    return SeatRequest.builder()
        .studentId(request.getString(0))
        .need(Need.values()[request.getInt(1)])
        .priority(request.getLong(2))
        .eligibleServices(request.<String>getList(3))
        .ineligibleCause(UnmetCause.values()[request.getInt(4)])
        .build();
  }
}
