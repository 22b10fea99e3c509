package io.leansuccess.support;

import io.leansuccess.account.Segment;
import io.leansuccess.account.SegmentKind;
import io.leansuccess.contract.Contract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed contract as a CRM sends it, complete unless told otherwise, for a new account each time.
 */
public final class ContractBuilder {

  private String id = "ct-" + UUID.randomUUID().toString().substring(0, 8);
  private String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
  private String accountName = "Initech";
  private String industry = "Logistics";
  private BigDecimal arr = new BigDecimal("120000");
  private Instant signedAt = Instant.parse("2027-01-04T09:00:00Z");
  private LocalDate liveSince;
  private List<String> goals =
      List.of("Plan every warehouse week in the product", "Cut planning time by half");

  public static ContractBuilder aContract() {
    return new ContractBuilder();
  }

  public ContractBuilder withId(String contractId) {
    id = contractId;
    return this;
  }

  public ContractBuilder forAccount(String id, String name) {
    accountId = id;
    accountName = name;
    return this;
  }

  public ContractBuilder inIndustry(String name) {
    industry = name;
    return this;
  }

  public ContractBuilder worth(String annualRecurringRevenue) {
    arr = new BigDecimal(annualRecurringRevenue);
    return this;
  }

  public ContractBuilder signedAt(String instant) {
    signedAt = Instant.parse(instant);
    return this;
  }

  public ContractBuilder liveSince(String date) {
    liveSince = LocalDate.parse(date);
    return this;
  }

  public ContractBuilder withGoals(String... why) {
    goals = List.of(why);
    return this;
  }

  public String accountId() {
    return accountId;
  }

  public Contract build() {
    return new Contract(
        id,
        accountId,
        accountName,
        industry,
        new Contract.Purchase("Enterprise", List.of("Flow", "Insights"), 150),
        arr,
        LocalDate.ofInstant(signedAt, java.time.ZoneOffset.UTC).plusYears(1),
        signedAt,
        liveSince,
        List.of(
            new Segment("emea", SegmentKind.GEOGRAPHY, "Europe", 100),
            new Segment("apac", SegmentKind.GEOGRAPHY, "Asia Pacific", 50)),
        List.of(
            new Contract.CustomerContact(
                "Dana Scully", "dana@initech.example", "COO", "Fewer late shipments")),
        new Contract.VendorContacts(
            new Contract.Person("Sam Seller", "sam@vendor.example"),
            new Contract.Person("Casey Csm", "casey@vendor.example")),
        goals,
        List.of(new Contract.Partner("Bolt Integrators", "Implementation")),
        List.of("Peak season doubles the volume"));
  }
}
