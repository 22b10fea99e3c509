package io.leansuccess.sharing;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Links that share an account's view with the customer, under {@code lean-success.sharing.*}
 * (docs/sharing.md).
 */
@Component
@ConfigurationProperties("lean-success.sharing")
public class SharingProperties {

  /**
   * The HMAC key that signs the links, base64, at least 32 bytes. Blank: one is generated once and
   * kept in the database, so every node signs alike. Changing it invalidates every link.
   */
  private String signingKey = "";

  /** How long a link works when its creator does not say. */
  private Duration validity = Duration.ofDays(90);

  /** The longest a link may be made to work. */
  private Duration maxValidity = Duration.ofDays(365);

  /** Requests to shared pages per client address and minute; beyond, 429. */
  private int requestsPerMinute = 60;

  /**
   * Codes of the health rules' warning signs that are internal notes: never shown on a shared page.
   * Billing, ARR and our own communications are the vendor's business, not the customer's progress.
   */
  private Set<String> internalWarningSigns =
      new LinkedHashSet<>(
          Set.of(
              "INVOICE_OVERDUE", "ARR_BELOW_SIGNING", "ARR_FELL", "NO_ANSWERS", "NOTHING_OPENED"));

  public String getSigningKey() {
    return signingKey;
  }

  public void setSigningKey(String signingKey) {
    this.signingKey = signingKey;
  }

  public Duration getValidity() {
    return validity;
  }

  public void setValidity(Duration validity) {
    this.validity = validity;
  }

  public Duration getMaxValidity() {
    return maxValidity;
  }

  public void setMaxValidity(Duration maxValidity) {
    this.maxValidity = maxValidity;
  }

  public int getRequestsPerMinute() {
    return requestsPerMinute;
  }

  public void setRequestsPerMinute(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }

  public Set<String> getInternalWarningSigns() {
    return internalWarningSigns;
  }

  public void setInternalWarningSigns(Set<String> internalWarningSigns) {
    this.internalWarningSigns = internalWarningSigns;
  }
}
