package io.leansuccess.successplan;

import io.leansuccess.contract.Contract;
import io.leansuccess.crmdata.CrmField;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the page template shows, already worded and formatted, so the template holds no logic beyond
 * showing or leaving out a part.
 */
final class SuccessPlanView {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final SuccessPlanVersion version;
  private final SuccessPlanDocument plan;

  SuccessPlanView(SuccessPlan successPlan) {
    this.version = successPlan.version();
    this.plan = successPlan.document();
  }

  /** The template's variables, named as the methods below; a missing value is null, so left out. */
  Map<String, Object> variables() {
    var variables = new HashMap<String, Object>();
    variables.put("plan", plan);
    variables.put("version", version());
    variables.put("generatedOn", generatedOn());
    variables.put("signedOn", signedOn());
    variables.put("liveSince", liveSince());
    variables.put("renewalDate", renewalDate());
    variables.put("arr", arr());
    variables.put("products", products());
    variables.put("accountManager", accountManager());
    variables.put("csm", csm());
    variables.put("visionAgreed", visionAgreed());
    variables.put("hasSegments", hasSegments());
    variables.put("hasGoals", hasGoals());
    variables.put("hasChallenges", hasChallenges());
    variables.put("hasObjectives", hasObjectives());
    variables.put("hasPreExistingUseCases", hasPreExistingUseCases());
    variables.put("hasPartners", hasPartners());
    variables.put("milestones", milestones());
    variables.put("launchSteps", launchSteps());
    variables.put("launchPeriod", launchPeriod());
    variables.put("missingCrmData", missingCrmData());
    return variables;
  }

  SuccessPlanDocument plan() {
    return plan;
  }

  int version() {
    return version.version();
  }

  String generatedOn() {
    return date(LocalDate.ofInstant(version.generatedAt(), ZoneOffset.UTC));
  }

  String signedOn() {
    return date(plan.signedOn());
  }

  String liveSince() {
    return plan.liveSince() == null ? null : date(plan.liveSince());
  }

  String renewalDate() {
    return date(plan.renewalDate());
  }

  String arr() {
    return amount(plan.arr());
  }

  String products() {
    return String.join(", ", plan.purchase().products());
  }

  Contract.Person accountManager() {
    return plan.vendorContacts().accountManager();
  }

  Contract.Person csm() {
    return plan.vendorContacts().csm();
  }

  boolean visionAgreed() {
    return plan.vision().status() == SuccessPlanDocument.VisionStatus.AGREED;
  }

  /** What the CRM still lacks, as the plan's reader says it; empty when nothing is missing. */
  List<String> missingCrmData() {
    return plan.missingCrmData().stream().map(name -> CrmField.valueOf(name).label()).toList();
  }

  boolean hasSegments() {
    return !plan.segments().isEmpty();
  }

  boolean hasGoals() {
    return !plan.goals().isEmpty();
  }

  boolean hasChallenges() {
    return !plan.businessChallenges().isEmpty();
  }

  boolean hasObjectives() {
    return !plan.vision().objectives().isEmpty();
  }

  boolean hasPreExistingUseCases() {
    return !plan.preExistingUseCases().isEmpty();
  }

  boolean hasPartners() {
    return !plan.partners().isEmpty();
  }

  List<Milestone> milestones() {
    return plan.timeline().milestones().stream()
        .map(
            milestone ->
                new Milestone(
                    milestone.title(),
                    date(milestone.expectedBy()),
                    milestone.days(),
                    milestone.basis() == AdoptionTimeline.Basis.SIMILAR_ACCOUNTS
                        ? "median of " + milestone.sample() + " similar accounts"
                        : "our default (too few similar accounts yet)"))
        .toList();
  }

  List<LaunchStep> launchSteps() {
    return plan.launch().steps().stream()
        .map(step -> new LaunchStep(step.title(), step.purpose(), days(step.within())))
        .toList();
  }

  String launchPeriod() {
    return days(plan.launch().period());
  }

  record Milestone(String title, String expectedBy, long days, String basis) {}

  record LaunchStep(String title, String purpose, String within) {}

  private static String date(LocalDate date) {
    return date.format(DATE);
  }

  private static String amount(BigDecimal amount) {
    return NumberFormat.getNumberInstance(Locale.ENGLISH).format(amount);
  }

  /** "P30D" as "30 days"; other durations as written. */
  private static String days(String isoDuration) {
    return isoDuration.matches("P\\d+D")
        ? isoDuration.substring(1, isoDuration.length() - 1) + " days"
        : isoDuration;
  }
}
