package io.leansuccess.pages;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountService;
import io.leansuccess.usecase.StoryShareScope;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseDetails;
import io.leansuccess.usecase.UseCaseService;
import io.leansuccess.usecase.UseCaseStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What an adopted use case achieved, told to someone outside the account team: social proof ("share
 * successful use cases"), as a page and an image. Only adopted use cases have a success story: the
 * rest is not a success yet.
 */
@Component
class SuccessStory {

  private final UseCaseService useCases;
  private final AccountService accounts;

  SuccessStory(UseCaseService useCases, AccountService accounts) {
    this.useCases = useCases;
    this.accounts = accounts;
  }

  record Story(
      String useCaseId,
      String accountId,
      String title,
      String accountName,
      String owner,
      String challenge,
      String workflow,
      String expectedOutcomes,
      List<KpiLine> kpis,
      String libraryScope) {}

  /** A KPI before and after; {@code after} is null while nothing was measured. */
  record KpiLine(String name, String unit, String before, String after, String target) {}

  Optional<Story> of(String useCaseId) {
    return useCases
        .details(useCaseId)
        .filter(details -> details.useCase().status() == UseCaseStatus.ADOPTED)
        .map(this::story);
  }

  private Story story(UseCaseDetails details) {
    UseCase useCase = details.useCase();
    String accountName =
        accounts.find(useCase.accountId()).map(Account::name).orElse(useCase.accountId());
    List<KpiLine> kpis =
        useCase.kpis().stream()
            .map(
                kpi ->
                    new KpiLine(
                        kpi.name(),
                        kpi.unit() == null ? "" : kpi.unit(),
                        plain(kpi.baseline()),
                        plain(details.latestValues().get(kpi.id())),
                        plain(kpi.target())))
            .toList();
    var template = useCase.template();
    return new Story(
        useCase.id(),
        useCase.accountId(),
        useCase.title(),
        accountName,
        useCase.owner(),
        template == null ? null : template.challengesAndObjectives(),
        template == null ? null : template.workflow(),
        template == null ? null : template.expectedOutcomes(),
        kpis,
        useCases
            .storyShareScope(useCase.id())
            .map(
                scope ->
                    scope == StoryShareScope.ANONYMISED
                        ? "anonymised, for every CS team to suggest to other customers"
                        : "internal, for those who see this account")
            .orElse("not in the library until the story is shared"));
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  /**
   * Text broken into lines of at most {@code width} characters, at most {@code maxLines} of them
   * (the last one ends in "…" when text was cut): SVG text does not wrap by itself.
   */
  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return lines;
    }
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word.length() > width ? word.substring(0, width) : word);
    }
    lines.add(line.toString());
    if (lines.size() > maxLines) {
      List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
      String last = cut.get(maxLines - 1);
      cut.set(maxLines - 1, (last.length() >= width ? last.substring(0, width - 1) : last) + "…");
      return cut;
    }
    return lines;
  }
}
