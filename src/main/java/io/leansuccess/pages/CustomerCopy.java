package io.leansuccess.pages;

import io.leansuccess.cycle.Qbr;
import io.leansuccess.sharing.SharingProperties;
import org.springframework.stereotype.Component;

/**
 * What of the CS team's view the customer may read: no override of the rules' proposal and its
 * reason, no warning sign marked internal ({@code lean-success.sharing.internal-warning-signs}).
 * Get- well plans are never read for a shared page at all.
 */
@Component
class CustomerCopy {

  private final SharingProperties settings;

  CustomerCopy(SharingProperties settings) {
    this.settings = settings;
  }

  Qbr of(Qbr qbr) {
    return new Qbr(
        qbr.accountId(),
        qbr.accountName(),
        qbr.cycleId(),
        qbr.quarter(),
        qbr.producedAt(),
        qbr.vision(),
        qbr.useCases().stream()
            .map(
                result ->
                    new Qbr.UseCaseResult(
                        result.id(),
                        result.title(),
                        result.segment(),
                        result.owner(),
                        result.status(),
                        null,
                        result.outcome(),
                        null,
                        result.kpis()))
            .toList(),
        qbr.maturity(),
        qbr.health() == null
            ? null
            : qbr.health().stream()
                .map(
                    period ->
                        new Qbr.HealthPeriod(
                            period.colour(),
                            period.firstEvaluatedAt(),
                            period.evaluatedAt(),
                            period.warningSigns().stream()
                                .filter(sign -> !internal(sign.code()))
                                .toList()))
                .toList(),
        qbr.nextQuarter());
  }

  boolean internal(String warningSign) {
    return settings.getInternalWarningSigns().contains(warningSign);
  }
}
