package io.leansuccess.signal;

/** What the API documents about a signal's fields, shared by the single and the batch endpoint. */
public final class SignalDescriptions {

  public static final String VALUE =
      "ACTIVE_USERS, FEATURE_USAGE: a whole number from 0; NPS: a whole number from"
          + " -100 to 100; INVOICE_*: the amount; ARR_CHANGED: the new ARR; RENEWAL_DONE: the renewed ARR"
          + " (optional); tickets and communications: absent";
  public static final String CATEGORY =
      "SUPPORT_TICKET_OPENED (required) and _CLOSED (optional): HOW_TO, DEFECT,"
          + " OUTAGE, ACCESS, BILLING, FEATURE_REQUEST or OTHER; absent for other kinds";
  public static final String DETAIL =
      "The sender's reference: ticket id (tickets, required), invoice number"
          + " (invoices, required), feature name (FEATURE_USAGE), communication or contract reference (optional)";

  private SignalDescriptions() {}
}
