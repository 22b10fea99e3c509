package io.leansuccess.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Ownership;
import io.leansuccess.account.Segment;
import io.leansuccess.account.SegmentKind;
import io.leansuccess.engine.DemoTeams;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.SqlStatements;
import io.leansuccess.usecase.Kpi;
import io.leansuccess.usecase.KpiKind;
import io.leansuccess.usecase.MeasurementMethod;
import io.leansuccess.usecase.ScorecardPerspective;
import io.leansuccess.usecase.ShortlistingAnswers;
import io.leansuccess.usecase.StoryShareScope;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseKind;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseService;
import io.leansuccess.usecase.UseCaseStatus;
import io.leansuccess.usecase.UseCaseTemplate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who is similar (industry and the success plan's size bands, at their edges), how suggestions
 * rank, what is never suggested, and the launch's pre-filled pipeline, on the real database.
 */
@LeanSuccessIntegrationTest
class LibrarySuggestionsIT {

  @Autowired LibrarySuggestions suggestions;
  @Autowired AccountRepository accounts;
  @Autowired UseCaseRepository useCases;
  @Autowired UseCaseService useCaseService;
  @Autowired SqlStatements sql;

  @Test
  void shouldSuggestOnlyWhatAccountsOfTheSameSizeBandAdopted() {
    String industry = "Dental care " + UUID.randomUUID();
    Account target = account(industry, "50000.00", DemoTeams.ENTERPRISE_EMEA);
    adoptedAndShared(account(industry, "49999.99", DemoTeams.ENTERPRISE_EMEA), "Small practice");
    adoptedAndShared(account(industry, "50000.00", DemoTeams.ENTERPRISE_EMEA), "Lower edge");
    adoptedAndShared(account(industry, "249999.99", DemoTeams.ENTERPRISE_EMEA), "Upper edge");
    adoptedAndShared(account(industry, "250000.00", DemoTeams.ENTERPRISE_EMEA), "Enterprise");
    adoptedAndShared(account("Opticians", "60000.00", DemoTeams.ENTERPRISE_EMEA), "Elsewhere");

    assertThat(titles(target)).containsExactlyInAnyOrder("Lower edge", "Upper edge");
  }

  /** The task that opens a first pipeline asks for them: its transaction reads the account once. */
  @Test
  void shouldReadTheAccountOnceForItsSuggestions() {
    String industry = "Orthodontics " + UUID.randomUUID();
    Account target = account(industry, "50000.00", DemoTeams.ENTERPRISE_EMEA);
    adoptedAndShared(account(industry, "60000.00", DemoTeams.ENTERPRISE_EMEA), "Aligners");
    SqlStatements.Kinds before = sql.statementsByKind();

    List<Suggestion> suggested = suggestions.suggestionsFor(target.id());

    assertThat(suggested).isNotEmpty();
    assertThat(sql.statementsByKind().minus(before).counts())
        .as("the account's segments come with the account")
        .containsEntry("select ls_account_segment", 1L);
  }

  @Test
  void shouldRankWhatMoreSimilarAccountsAdoptedFirst() {
    String industry = "Physiotherapy " + UUID.randomUUID();
    Account target = account(industry, "80000.00", DemoTeams.ENTERPRISE_EMEA);
    adoptedAndShared(account(industry, "90000.00", DemoTeams.ENTERPRISE_EMEA), "Digital intake");
    adoptedAndShared(account(industry, "90000.00", DemoTeams.ENTERPRISE_EMEA), "Online booking");
    adoptedAndShared(account(industry, "95000.00", DemoTeams.ENTERPRISE_EMEA), "online  BOOKING");

    List<Suggestion> found = suggestions.suggestionsFor(target.id());

    assertThat(found).extracting(Suggestion::adoptedBy).containsExactly(2, 1);
    assertThat(found.get(0).entry().title()).containsIgnoringCase("booking");
    assertThat(found.get(0).reason())
        .isEqualTo("Adopted by 2 accounts like this one (" + industry + ", Mid-market)");
  }

  @Test
  void shouldNeverSuggestAnotherTeamsInternalStoryNorWhatWasNotShared() {
    String industry = "Veterinary pharmacies " + UUID.randomUUID();
    Account target = account(industry, "80000.00", DemoTeams.ENTERPRISE_EMEA);
    Account americas = account(industry, "80000.00", DemoTeams.GROWTH_AMERICAS);
    adoptedAndShared(americas, "Internal to the Americas", StoryShareScope.INTERNAL);
    adoptedAndShared(americas, "Shared anonymised", StoryShareScope.ANONYMISED);
    adoptedAndShared(
        account(industry, "80000.00", DemoTeams.ENTERPRISE_EMEA),
        "Internal to this team",
        StoryShareScope.INTERNAL);
    String notShared =
        adopted(account(industry, "80000.00", DemoTeams.ENTERPRISE_EMEA), "Unshared");

    assertThat(titles(target))
        .containsExactlyInAnyOrder("Shared anonymised", "Internal to this team");
    assertThat(useCases.find(notShared)).isPresent();
  }

  @Test
  void shouldFillTheFirstPipelineOnceWithTheSuggestionsMarkedAsSuch() {
    String industry = "Equine clinics " + UUID.randomUUID();
    Account target = account(industry, "120000.00", DemoTeams.ENTERPRISE_EMEA);
    adoptedAndShared(account(industry, "130000.00", DemoTeams.ENTERPRISE_EMEA), "Stable visits");
    adoptedAndShared(account(industry, "140000.00", DemoTeams.ENTERPRISE_EMEA), "Farrier rota");

    suggestions.fillFirstPipeline(target.id());
    suggestions.fillFirstPipeline(target.id());

    List<UseCase> pipeline = useCases.ofAccount(target.id());
    assertThat(pipeline)
        .extracting(UseCase::title)
        .containsExactlyInAnyOrder("Stable visits", "Farrier rota");
    assertThat(pipeline).extracting(UseCase::status).containsOnly(UseCaseStatus.PIPELINE);
    assertThat(pipeline)
        .flatExtracting(UseCase::kpis)
        .allSatisfy(kpi -> assertThat(kpi.baseline()).isNull());
    assertThat(useCaseService.libraryOrigins(target.id()).values())
        .hasSize(2)
        .allSatisfy(origin -> assertThat(origin.suggestedAtLaunch()).isTrue());
    assertThat(suggestions.suggestionsFor(target.id())).isEmpty();
  }

  private List<String> titles(Account target) {
    return suggestions.suggestionsFor(target.id()).stream()
        .map(suggestion -> suggestion.entry().title())
        .toList();
  }

  private Account account(String industry, String arr, String team) {
    String id = "practice-" + UUID.randomUUID();
    var account =
        new Account(
            id,
            "Practice " + id.substring(9, 17),
            industry,
            new BigDecimal(arr),
            new BigDecimal(arr),
            LocalDate.of(2027, 12, 31),
            List.of(new Segment("north", SegmentKind.GEOGRAPHY, "North", 40)));
    accounts.insert(account);
    accounts.assign(id, new Ownership(team, null));
    return account;
  }

  private void adoptedAndShared(Account account, String title) {
    adoptedAndShared(account, title, StoryShareScope.ANONYMISED);
  }

  private void adoptedAndShared(Account account, String title, StoryShareScope scope) {
    String id = adopted(account, title);
    useCases.markSuccessStoryShared(id, scope, Instant.parse("2027-04-10T10:00:00Z"));
  }

  private String adopted(Account account, String title) {
    String id = UUID.randomUUID().toString();
    Instant created = Instant.parse("2027-01-05T10:00:00Z");
    useCases.insert(
        new UseCase(
            id,
            account.id(),
            title,
            UseCaseKind.PLANNED,
            "north",
            "Robin Hale",
            new UseCaseTemplate("Phones ring all day", "Owners book online", "Booking", "Training"),
            new ShortlistingAnswers(true, Set.of(ScorecardPerspective.CUSTOMER), true, true, true),
            List.of(
                new Kpi(
                    "booked",
                    "Appointments booked online",
                    "%",
                    new BigDecimal("5"),
                    new BigDecimal("40"),
                    MeasurementMethod.ANALYTICS,
                    KpiKind.USAGE)),
            1,
            1,
            null,
            "P3M",
            UseCaseStatus.PIPELINE,
            0,
            created),
        created);
    useCases.recordAdoption(id, 2, false, Instant.parse("2027-04-04T10:00:00Z"));
    return id;
  }
}
