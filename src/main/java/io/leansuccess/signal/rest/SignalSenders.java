package io.leansuccess.signal.rest;

import io.leansuccess.api.IntegrationScope;
import io.leansuccess.signal.SignalKind;

/**
 * Which integration scope sends each kind of signal (the CS team sends any, {@code
 * ApiRoles.holds}), so a billing tool's credentials cannot report usage or NPS. One endpoint takes
 * every kind, so the check is on the kind, per signal.
 */
final class SignalSenders {

  private SignalSenders() {}

  static IntegrationScope scopeOf(SignalKind kind) {
    return switch (kind) {
      case ACTIVE_USERS, FEATURE_USAGE, FEATURE_RELEASED -> IntegrationScope.ANALYTICS;
      case SUPPORT_TICKET_OPENED, SUPPORT_TICKET_CLOSED -> IntegrationScope.TICKETING;
      case COMMUNICATION_SENT,
          COMMUNICATION_OPENED,
          COMMUNICATION_ANSWERED,
          ARR_CHANGED,
          RENEWAL_DONE ->
          IntegrationScope.CRM;
      case NPS -> IntegrationScope.SURVEYS;
      case INVOICE_ISSUED, INVOICE_PAID, INVOICE_OVERDUE -> IntegrationScope.BILLING;
    };
  }

  /** Why a caller without the kind's scope may not send it. */
  static String refusal(SignalKind kind) {
    return kind
        + " signals are sent by an integration with the "
        + scopeOf(kind).role()
        + " scope; this user's scopes do not include it";
  }
}
