package io.leansuccess.successplan;

import io.leansuccess.account.Segment;
import io.leansuccess.contract.Contract;
import io.leansuccess.cycle.Vision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A success plan as a CSM would send it: the facts the CRM holds about the customer (what they
 * bought, renewal, who is who, why they bought, partners, challenges), the vision to agree, the
 * expected adoption timeline, and the launch. A snapshot: it reads the same later, whatever happens
 * to the account.
 *
 * @param liveSince set for an account that was live before this plan; its plan starts by taking
 *     stock
 * @param missingCrmData what the CRM lacks of what the plan is made from ({@code CrmField} names:
 *     goals, stakeholder interests, business challenges); the account manager is completing it
 */
public record SuccessPlanDocument(
    String accountId,
    String accountName,
    String industry,
    String sizeBand,
    String contractId,
    LocalDate signedOn,
    LocalDate liveSince,
    BigDecimal arr,
    LocalDate renewalDate,
    Contract.Purchase purchase,
    List<Segment> segments,
    List<Contract.CustomerContact> customerContacts,
    Contract.VendorContacts vendorContacts,
    List<String> goals,
    List<Contract.Partner> partners,
    List<String> businessChallenges,
    VisionToAgree vision,
    AdoptionTimeline timeline,
    Launch launch,
    List<PreExistingUseCase> preExistingUseCases,
    List<String> missingCrmData) {

  public SuccessPlanDocument {
    // versions stored before the field existed read as complete
    missingCrmData = missingCrmData == null ? List.of() : List.copyOf(missingCrmData);
    segments = List.copyOf(segments);
    customerContacts = List.copyOf(customerContacts);
    goals = List.copyOf(goals);
    partners = List.copyOf(partners);
    businessChallenges = List.copyOf(businessChallenges);
    preExistingUseCases = List.copyOf(preExistingUseCases);
  }

  public enum VisionStatus {
    AGREED,
    TO_BE_AGREED
  }

  /**
   * The year's vision when it is agreed; until then the objectives proposed from why the customer
   * bought, without measures, to be agreed in the first success cycle.
   */
  public record VisionToAgree(
      VisionStatus status, int year, String statement, List<Vision.Objective> objectives) {
    public VisionToAgree {
      objectives = List.copyOf(objectives);
    }
  }

  /** The first 90 days: each launch area and how long after the launch starts it is due. */
  public record Launch(String period, List<LaunchStep> steps) {
    public Launch {
      steps = List.copyOf(steps);
    }
  }

  /**
   * @param within ISO-8601 duration after the launch starts, e.g. {@code P30D}
   */
  public record LaunchStep(String title, String purpose, String within) {}

  /** A use case that was already happening before the plan, captured when taking stock. */
  public record PreExistingUseCase(String id, String title, String segment, String status) {}
}
