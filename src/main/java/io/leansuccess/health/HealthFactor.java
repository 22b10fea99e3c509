package io.leansuccess.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * A warning sign the health rules found, with a sentence a CS leader reads as is ("Active users
 * below 40% of licences (31 of 100)"). The code is stable across rule changes; the description
 * carries the thresholds and values of the evaluation that found it.
 */
public record HealthFactor(String code, HealthColour severity, String description) {

  public HealthFactor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
    if (severity == HealthColour.GREEN) {
      throw new IllegalArgumentException("A warning sign is amber or red, not green: " + code);
    }
  }

  public static HealthFactor amber(String code, String description) {
    return new HealthFactor(code, HealthColour.AMBER, description);
  }

  public static HealthFactor red(String code, String description) {
    return new HealthFactor(code, HealthColour.RED, description);
  }

  /** 90000.0000 as "90000", 1200.5 as "1200.50": money the way a CS leader writes it. */
  public static String amount(BigDecimal amount) {
    BigDecimal plain = amount.stripTrailingZeros();
    return plain.scale() <= 0
        ? plain.toBigInteger().toString()
        : amount.setScale(Math.max(2, plain.scale()), RoundingMode.UNNECESSARY).toPlainString();
  }

  /** 0.4 as "40%", 0.125 as "12.5%", for descriptions written by the rules. */
  public static String percent(double share) {
    double percent = share * 100;
    return (percent == Math.rint(percent)
            ? String.valueOf((long) percent)
            : String.format(Locale.ROOT, "%.1f", percent))
        + "%";
  }
}
