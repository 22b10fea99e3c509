package io.leansuccess.portfolio;

import io.leansuccess.shared.InvalidFieldException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The orders the portfolio is sorted in; every one ends with the account id, so that paging sees
 * each account exactly once.
 */
public enum PortfolioSort {
  NAME("name", "lower(name)"),
  RENEWAL("renewal", "renewal_date"),
  /** Worst first when ascending: red, amber, green, not evaluated. */
  HEALTH(
      "health", "case health when 'RED' then 0 when 'AMBER' then 1 when 'GREEN' then 2 else 3 end"),
  /** In the order of the method: no cycle, launch, envision ... closed. */
  STAGE("stage", "stage_order"),
  MATURITY("maturity", "maturity"),
  ARR("arr", "arr_now");

  private final String parameter;
  private final String expression;

  PortfolioSort(String parameter, String expression) {
    this.parameter = parameter;
    this.expression = expression;
  }

  public String parameter() {
    return parameter;
  }

  /** The order by clause over the portfolio's facts; nulls (no renewal date) last either way. */
  String orderBy(boolean descending) {
    String direction = descending ? " desc nulls last" : " asc nulls last";
    return expression + direction + ", id" + (descending ? " desc" : " asc");
  }

  static PortfolioSort of(String value) {
    if (value == null) {
      return NAME;
    }
    return Arrays.stream(values())
        .filter(sort -> sort.parameter.equals(value.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidFieldException(
                    "sort",
                    "must be one of "
                        + Arrays.stream(values())
                            .map(PortfolioSort::parameter)
                            .collect(Collectors.joining(", "))
                        + ": '"
                        + PortfolioFilter.shortened(value)
                        + "'"));
  }
}
