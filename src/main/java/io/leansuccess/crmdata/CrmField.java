package io.leansuccess.crmdata;

/** A field of the CRM's account record that the success plan is made from. */
public enum CrmField {
  GOALS("the customer's goals (why they bought)"),
  STAKEHOLDER_INTERESTS("the stakeholders' interests"),
  BUSINESS_CHALLENGES("the customer's business challenges");

  private final String label;

  CrmField(String label) {
    this.label = label;
  }

  /** How a CS leader or an account manager reads it. */
  public String label() {
    return label;
  }
}
