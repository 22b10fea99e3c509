package io.leansuccess.usecase;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value for a KPI at a time, from a survey or from analytics.
 *
 * @param id the sender's event id: the same id twice is stored once
 */
public record KpiMeasurement(
    String id,
    String useCaseId,
    String kpiId,
    BigDecimal value,
    Instant measuredAt,
    String source) {}
