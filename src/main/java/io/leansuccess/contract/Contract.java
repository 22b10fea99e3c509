package io.leansuccess.contract;

import io.leansuccess.account.Account;
import io.leansuccess.account.Segment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A signed contract with the account's CRM fields, as the CRM sends it: the facts a salesperson
 * collected (what was bought, what it costs, who is who, why they bought) that the success plan is
 * made from. Values are normalised (ARR to the cent, times to the microsecond, lists never null),
 * so a contract read back from the database equals the one received.
 *
 * @param liveSince when the customer started using the product, for an account that has been live
 *     for a while before this contract; null for a new customer
 */
public record Contract(
    String id,
    String accountId,
    String accountName,
    String industry,
    Purchase purchase,
    BigDecimal arr,
    LocalDate renewalDate,
    Instant signedAt,
    LocalDate liveSince,
    List<Segment> segments,
    List<CustomerContact> customerContacts,
    VendorContacts vendorContacts,
    List<String> goals,
    List<Partner> partners,
    List<String> businessChallenges) {

  public static final String ID_PATTERN = Account.ID_PATTERN;

  public Contract {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(purchase, "purchase");
    Objects.requireNonNull(renewalDate, "renewalDate");
    Objects.requireNonNull(signedAt, "signedAt");
    if (!id.matches(ID_PATTERN)) {
      throw new IllegalArgumentException("Contract id '" + id + "' does not match " + ID_PATTERN);
    }
    Objects.requireNonNull(arr, "arr");
    if (arr.signum() < 0) {
      throw new IllegalArgumentException("arr is negative: " + arr);
    }
    arr = arr.setScale(Account.ARR_SCALE, RoundingMode.UNNECESSARY);
    signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
    segments = copy(segments);
    customerContacts = copy(customerContacts);
    vendorContacts = vendorContacts == null ? VendorContacts.NONE : vendorContacts;
    goals = copy(goals);
    partners = copy(partners);
    businessChallenges = copy(businessChallenges);
    Set<String> keys = new HashSet<>();
    for (Segment segment : segments) {
      if (!keys.add(segment.key())) {
        throw new IllegalArgumentException("Two segments have the key " + segment.key());
      }
    }
  }

  /** The signing date in UTC, from which the adoption timeline counts. */
  public LocalDate signedOn() {
    return LocalDate.ofInstant(signedAt, ZoneOffset.UTC);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** What the customer bought: the plan or edition, the products and how many licences. */
  public record Purchase(String plan, List<String> products, int licences) {
    public Purchase {
      products = copy(products);
      if (licences < 0) {
        throw new IllegalArgumentException("licences is negative: " + licences);
      }
    }
  }

  /** A key person at the customer; with interests, a stakeholder whose interest the plan names. */
  public record CustomerContact(String name, String email, String title, String interests) {
    public CustomerContact {
      Objects.requireNonNull(name, "name");
    }
  }

  /** Someone on our side: the account manager or the CSM. */
  public record Person(String name, String email) {
    public Person {
      Objects.requireNonNull(name, "name");
    }
  }

  public record VendorContacts(Person accountManager, Person csm) {
    static final VendorContacts NONE = new VendorContacts(null, null);
  }

  /** A partner the customer works with, and how (implementation, staff augmentation, ...). */
  public record Partner(String name, String role) {
    public Partner {
      Objects.requireNonNull(name, "name");
    }
  }
}
