package io.leansuccess.successplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.contract.Contract;
import io.leansuccess.support.ContractBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The printable success plan: every CRM value shown as text, and the PDF made from the same page.
 */
class SuccessPlanPagesTest {

  private final SuccessPlanPages pages = new SuccessPlanPages();

  @Test
  void shouldEscapeMarkupFromTheCrmWhenRenderingHtml() {
    String html =
        pages.html(
            planFor(
                ContractBuilder.aContract()
                    .forAccount("evil", "Evil <script>alert('x')</script> & Co")
                    .withGoals("Goals with <b>bold</b> claims")
                    .build()));

    assertThat(html)
        .contains("Evil &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
        .contains("Goals with &lt;b&gt;bold&lt;/b&gt; claims")
        .doesNotContain("<script>")
        .doesNotContain("<b>bold");
  }

  @Test
  void shouldShowTheCrmFactsTheTimelineAndTheLaunch() {
    String html =
        pages.html(planFor(ContractBuilder.aContract().forAccount("initech", "Initech").build()));

    assertThat(html)
        .contains(
            "Success plan for Initech",
            "Enterprise Flow, Insights, 150 licences",
            "120,000",
            "4 January 2027",
            "Plan every warehouse week in the product",
            "Peak season doubles the volume",
            "Dana Scully",
            "Casey Csm, customer success manager",
            "Bolt Integrators",
            "Maturity level 2, Usage",
            "our default",
            "A champions network",
            "Within 21 days of the launch",
            "To be agreed with you in our first success cycle");
  }

  @Test
  void shouldShowNothingWhereTheCrmSentNoValue() {
    String html =
        pages.html(
            planFor(
                ContractBuilder.aContract()
                    .forAccount("initech", "Initech")
                    .inIndustry(null)
                    .build()));

    assertThat(html).contains("<td> (Mid-market)</td>").doesNotContain("null");
  }

  @Test
  void shouldRenderAPdfThatContainsTheAccountName() throws IOException {
    byte[] pdf =
        pages.pdf(
            planFor(
                ContractBuilder.aContract().forAccount("initech", "Initech Logistics").build()));

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (var document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Success plan for Initech Logistics");
    }
  }

  /** A plan as drafting makes it, without a database: default timeline, vision to be agreed. */
  static SuccessPlan planFor(Contract contract) {
    var settings = new SuccessPlanProperties();
    var timeline =
        new AdoptionTimelines(null, settings)
            .estimate("Mid-market", contract.industry(), contract.signedOn(), List.of());
    var document =
        new SuccessPlanDocument(
            contract.accountId(),
            contract.accountName(),
            contract.industry(),
            "Mid-market",
            contract.id(),
            contract.signedOn(),
            contract.liveSince(),
            contract.arr(),
            contract.renewalDate(),
            contract.purchase(),
            contract.segments(),
            contract.customerContacts(),
            contract.vendorContacts(),
            contract.goals(),
            contract.partners(),
            contract.businessChallenges(),
            new SuccessPlanDocument.VisionToAgree(
                SuccessPlanDocument.VisionStatus.TO_BE_AGREED,
                2027,
                null,
                contract.goals().stream()
                    .map(goal -> new io.leansuccess.cycle.Vision.Objective(goal, null))
                    .toList()),
            timeline,
            new SuccessPlanDocument.Launch(
                "P90D",
                List.of(
                    new SuccessPlanDocument.LaunchStep(
                        "A champions network", "Super users.", "P21D"))),
            List.of(),
            List.of());
    return new SuccessPlan(
        new SuccessPlanVersion(
            contract.accountId(),
            1,
            SuccessPlanVersion.Reason.CONTRACT_SIGNED,
            contract.id(),
            Instant.parse("2027-01-04T09:00:01Z"),
            null,
            null),
        document);
  }
}
