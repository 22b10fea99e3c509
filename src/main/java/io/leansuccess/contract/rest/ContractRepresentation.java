package io.leansuccess.contract.rest;

import io.leansuccess.account.Account;
import io.leansuccess.account.Segment;
import io.leansuccess.account.rest.SegmentRepresentation;
import io.leansuccess.api.PlausibleDate;
import io.leansuccess.contract.Contract;
import io.leansuccess.contract.ContractService;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A signed contract as the CRM sends it, in and out. What even the weakest salesperson records is
 * required (who the customer is, its industry, what they bought, what it costs, when it was signed
 * and renews); the rest may come later, with an amendment.
 */
@Schema(name = "Contract")
public record ContractRepresentation(
    @NotNull @Pattern(regexp = Contract.ID_PATTERN) String contractId,
    @NotNull @Pattern(regexp = Account.ID_PATTERN) String accountId,
    @NotBlank @Size(max = 255) String accountName,
    @NotBlank @Size(max = 255) String industry,
    @NotNull @Valid PurchaseJson purchase,
    @NotNull @PositiveOrZero @Digits(integer = 17, fraction = Account.ARR_SCALE) BigDecimal arr,
    @NotNull @PlausibleDate LocalDate renewalDate,
    @NotNull @PlausibleDate Instant signedAt,
    @PlausibleDate LocalDate liveSince,
    List<@NotNull @Valid SegmentRepresentation> segments,
    List<@NotNull @Valid ContactJson> customerContacts,
    @Valid VendorContactsJson vendorContacts,
    List<@NotBlank @Size(max = 1000) String> goals,
    List<@NotNull @Valid PartnerJson> partners,
    List<@NotBlank @Size(max = 1000) String> businessChallenges,
    @Schema(
            description =
                "The team the account belongs to (a group of type team); the account's owner is then"
                    + " the team member with the e-mail address of vendorContacts.csm. Left out: the account's stay")
        @Size(min = 1, max = 64)
        String team) {

  @Schema(name = "ContractPurchase")
  public record PurchaseJson(
      @Size(max = 255) String plan,
      @NotEmpty List<@NotBlank @Size(max = 255) String> products,
      @NotNull @PositiveOrZero Integer licences) {}

  /** A key contact at the customer; {@code interests} make them a stakeholder the plan names. */
  @Schema(name = "ContractCustomerContact")
  public record ContactJson(
      @NotBlank @Size(max = 255) String name,
      @Email @Size(max = 255) String email,
      @Size(max = 255) String title,
      @Size(max = 2000) String interests) {}

  @Schema(name = "ContractPerson")
  public record PersonJson(
      @NotBlank @Size(max = 255) String name, @Email @Size(max = 255) String email) {}

  @Schema(name = "ContractVendorContacts")
  public record VendorContactsJson(@Valid PersonJson accountManager, @Valid PersonJson csm) {}

  @Schema(name = "ContractPartner")
  public record PartnerJson(
      @NotBlank @Size(max = 255) String name, @Size(max = 1000) String role) {}

  static ContractRepresentation from(Contract contract) {
    var purchase = contract.purchase();
    var vendor = contract.vendorContacts();
    return new ContractRepresentation(
        contract.id(),
        contract.accountId(),
        contract.accountName(),
        contract.industry(),
        new PurchaseJson(purchase.plan(), purchase.products(), purchase.licences()),
        contract.arr(),
        contract.renewalDate(),
        contract.signedAt(),
        contract.liveSince(),
        contract.segments().stream().map(ContractRepresentation::segment).toList(),
        contract.customerContacts().stream()
            .map(
                contact ->
                    new ContactJson(
                        contact.name(), contact.email(), contact.title(), contact.interests()))
            .toList(),
        new VendorContactsJson(person(vendor.accountManager()), person(vendor.csm())),
        contract.goals(),
        contract.partners().stream()
            .map(partner -> new PartnerJson(partner.name(), partner.role()))
            .toList(),
        contract.businessChallenges(),
        null);
  }

  /** The team and the CSM as the CRM names them. */
  ContractService.Owners owners() {
    String csmEmail =
        vendorContacts == null || vendorContacts.csm() == null
            ? null
            : vendorContacts.csm().email();
    return new ContractService.Owners(team, csmEmail);
  }

  Contract toContract() {
    return new Contract(
        contractId,
        accountId,
        accountName,
        industry,
        new Contract.Purchase(
            blankToNull(purchase.plan()), purchase.products(), purchase.licences()),
        arr,
        renewalDate,
        signedAt,
        liveSince,
        segments == null
            ? List.of()
            : segments.stream()
                .map(s -> new Segment(s.key(), s.kind(), s.name(), s.licensedUsers()))
                .toList(),
        customerContacts == null
            ? List.of()
            : customerContacts.stream()
                .map(
                    c ->
                        new Contract.CustomerContact(c.name(), c.email(), c.title(), c.interests()))
                .toList(),
        vendorContacts == null
            ? null
            : new Contract.VendorContacts(
                person(vendorContacts.accountManager()), person(vendorContacts.csm())),
        goals,
        partners == null
            ? List.of()
            : partners.stream().map(p -> new Contract.Partner(p.name(), p.role())).toList(),
        businessChallenges);
  }

  private static SegmentRepresentation segment(Segment segment) {
    return new SegmentRepresentation(
        segment.key(), segment.kind(), segment.name(), segment.licensedUsers());
  }

  private static PersonJson person(Contract.Person person) {
    return person == null ? null : new PersonJson(person.name(), person.email());
  }

  private static Contract.Person person(PersonJson person) {
    return person == null ? null : new Contract.Person(person.name(), person.email());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
