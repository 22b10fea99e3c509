package io.leansuccess.signal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a signal observes, whether it belongs to a segment or to the whole account, and which value,
 * category and detail make sense for it. These are the warning signs of domain.md: usage, support
 * tickets (how-to tickets point to immature adoption), communications sent, opened and answered,
 * survey results, invoices, ARR and renewals. Ingestion, storage and the API take every kind alike;
 * what a kind means for health is for {@code rules/HealthEscalation.drl} to say.
 */
public enum SignalKind {

  /**
   * Distinct users active in the period, per segment: set against the segment's licensed users. The
   * maturity rules count them as an {@code int}, hence the upper bound.
   */
  ACTIVE_USERS(
      Scope.SEGMENT, Values.wholeNumbers(0, Integer.MAX_VALUE), Field.ABSENT, Field.ABSENT),
  /** How often a feature was used in the period; the detail names the feature. */
  FEATURE_USAGE(Scope.ACCOUNT, Values.wholeNumbers(0, null), Field.ABSENT, Field.OPTIONAL),
  /** A support ticket was opened; the detail is the ticket's id, the category its kind. */
  SUPPORT_TICKET_OPENED(Scope.ACCOUNT, Values.NONE, Field.REQUIRED, Field.REQUIRED),
  /** The ticket with this id (the detail) was closed; its category may be corrected on closing. */
  SUPPORT_TICKET_CLOSED(Scope.ACCOUNT, Values.NONE, Field.OPTIONAL, Field.REQUIRED),
  /** We sent the customer something (newsletter, invitation, check-in); the detail may name it. */
  COMMUNICATION_SENT(Scope.ACCOUNT, Values.NONE, Field.ABSENT, Field.OPTIONAL),
  /** The customer opened one of our communications. */
  COMMUNICATION_OPENED(Scope.ACCOUNT, Values.NONE, Field.ABSENT, Field.OPTIONAL),
  /** The customer answered one of our communications (answering counts as opening too). */
  COMMUNICATION_ANSWERED(Scope.ACCOUNT, Values.NONE, Field.ABSENT, Field.OPTIONAL),
  /** Net promoter score of the account's latest survey. */
  NPS(Scope.ACCOUNT, Values.wholeNumbers(-100, 100), Field.ABSENT, Field.ABSENT),
  /** An invoice of this amount was issued; the detail is the invoice number. */
  INVOICE_ISSUED(Scope.ACCOUNT, Values.amounts(true), Field.ABSENT, Field.REQUIRED),
  /** The invoice with this number was paid. */
  INVOICE_PAID(Scope.ACCOUNT, Values.amounts(true), Field.ABSENT, Field.REQUIRED),
  /** The invoice with this number is overdue, for this amount; paying it later clears it. */
  INVOICE_OVERDUE(Scope.ACCOUNT, Values.amounts(true), Field.ABSENT, Field.REQUIRED),
  /** The account's annual recurring revenue changed: the value is the new ARR. */
  ARR_CHANGED(Scope.ACCOUNT, Values.amounts(true), Field.ABSENT, Field.ABSENT),
  /**
   * A renewal was signed; the value, when given, is the renewed ARR, the detail a contract
   * reference.
   */
  RENEWAL_DONE(Scope.ACCOUNT, Values.amounts(false), Field.ABSENT, Field.OPTIONAL),
  /**
   * A feature was released to the account; the detail names it. Every segment's users need
   * re-education (continuous onboarding).
   */
  FEATURE_RELEASED(Scope.ACCOUNT, Values.NONE, Field.ABSENT, Field.REQUIRED);

  /** Categories of support tickets. How-to tickets point to an immature stage of adoption. */
  public enum TicketCategory {
    HOW_TO,
    DEFECT,
    OUTAGE,
    ACCESS,
    BILLING,
    FEATURE_REQUEST,
    OTHER
  }

  /** Where a signal of a kind belongs. */
  public enum Scope {
    /** Needs the key of one of the account's segments. */
    SEGMENT,
    /** About the whole account: a segment key would be misleading, so it is refused. */
    ACCOUNT
  }

  /** Whether a kind needs, allows or refuses a category or a detail. */
  enum Field {
    REQUIRED,
    OPTIONAL,
    ABSENT
  }

  private static final List<String> TICKET_CATEGORIES =
      Arrays.stream(TicketCategory.values()).map(Enum::name).toList();

  private final Scope scope;
  private final Values values;
  private final Field category;
  private final Field detail;

  SignalKind(Scope scope, Values values, Field category, Field detail) {
    this.scope = scope;
    this.values = values;
    this.category = category;
    this.detail = detail;
  }

  public Scope scope() {
    return scope;
  }

  /** Why {@code value} (null when absent) cannot be a signal of this kind, or empty when it can. */
  public Optional<String> problemWith(BigDecimal value) {
    return values.problemWith(value, this);
  }

  /**
   * Why value, category or detail do not fit this kind, by field name ({@code value}, {@code
   * category}, {@code detail}); empty when the signal fits.
   */
  public Map<String, String> problemsWith(
      BigDecimal value, String categoryName, String detailText) {
    Map<String, String> problems = new LinkedHashMap<>();
    problemWith(value).ifPresent(problem -> problems.put("value", problem));
    presence(category, categoryName).ifPresent(problem -> problems.put("category", problem));
    // tickets are the only kinds with a category
    if (categoryName != null
        && category != Field.ABSENT
        && !TICKET_CATEGORIES.contains(categoryName)) {
      problems.put("category", "must be one of " + String.join(", ", TICKET_CATEGORIES));
    }
    presence(detail, detailText).ifPresent(problem -> problems.put("detail", problem));
    return problems;
  }

  private Optional<String> presence(Field field, Object given) {
    if (field == Field.REQUIRED && given == null) {
      return Optional.of("is required for " + this + " signals");
    }
    if (field == Field.ABSENT && given != null) {
      return Optional.of("must be absent: " + this + " signals have none");
    }
    return Optional.empty();
  }

  /**
   * Allowed values. {@code ls_signal.value} is {@code numeric(19,4)}: a value with more decimals
   * would be rounded on the way in, and a faithful repeat of it would then look like a conflict.
   */
  record Values(Field presence, BigDecimal min, BigDecimal max, boolean whole) {

    static final int MAX_SCALE = 4;
    static final BigDecimal LIMIT = new BigDecimal("1E15");

    /** Events that carry no number, such as a ticket opened. */
    static final Values NONE = new Values(Field.ABSENT, null, null, false);

    static Values wholeNumbers(Integer min, Integer max) {
      return new Values(
          Field.REQUIRED,
          min == null ? null : BigDecimal.valueOf(min),
          max == null ? null : BigDecimal.valueOf(max),
          true);
    }

    /** Money in the billing system's currency, to the cent at most. */
    static Values amounts(boolean required) {
      return new Values(required ? Field.REQUIRED : Field.OPTIONAL, BigDecimal.ZERO, null, false);
    }

    Optional<String> problemWith(BigDecimal value, SignalKind kind) {
      if (value == null) {
        return presence == Field.REQUIRED
            ? Optional.of("is required for " + kind + " signals")
            : Optional.empty();
      }
      if (presence == Field.ABSENT) {
        return Optional.of("must be absent: " + kind + " signals carry no value");
      }
      if (whole && value.stripTrailingZeros().scale() > 0) {
        return Optional.of("must be a whole number");
      }
      if (value.stripTrailingZeros().scale() > MAX_SCALE) {
        return Optional.of("must have at most " + MAX_SCALE + " decimal places");
      }
      if (min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0) {
        return Optional.of(
            max == null
                ? "must be at least " + min
                : min == null
                    ? "must be at most " + max
                    : "must be between " + min + " and " + max);
      }
      if (value.abs().compareTo(LIMIT) >= 0) {
        return Optional.of("must be less than " + LIMIT.toPlainString() + " in magnitude");
      }
      return Optional.empty();
    }
  }
}
