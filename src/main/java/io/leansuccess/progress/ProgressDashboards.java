package io.leansuccess.progress;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Segment;
import io.leansuccess.maturity.MaturityLevel;
import io.leansuccess.maturity.MaturityRepository;
import io.leansuccess.usecase.KpiStanding;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Builds an account's progress dashboard from live data; an account not in view has none. */
@Service
public class ProgressDashboards {

  /** How far back usage is drawn. */
  static final int MONTHS_OF_USAGE = 12;

  private static final Set<UseCaseStatus> RUNNING =
      Set.of(UseCaseStatus.IN_EXECUTION, UseCaseStatus.ITERATING);

  private final AccountRepository accounts;
  private final UseCaseRepository useCases;
  private final MaturityRepository maturity;
  private final ActiveUsersRepository activeUsers;
  private final PlanAndReality planAndReality;
  private final Clock clock;

  public ProgressDashboards(
      AccountRepository accounts,
      UseCaseRepository useCases,
      MaturityRepository maturity,
      ActiveUsersRepository activeUsers,
      PlanAndReality planAndReality,
      Clock clock) {
    this.accounts = accounts;
    this.useCases = useCases;
    this.maturity = maturity;
    this.activeUsers = activeUsers;
    this.planAndReality = planAndReality;
    this.clock = clock;
  }

  public Optional<ProgressDashboard> of(String accountId) {
    return accounts.find(accountId).map(this::dashboard);
  }

  private ProgressDashboard dashboard(Account account) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Instant since =
        ActiveUsersRepository.monthOf(now)
            .minusMonths(MONTHS_OF_USAGE - 1L)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    List<ActiveUsersRepository.Reading> readings = activeUsers.monthly(account.id(), since);
    return new ProgressDashboard(
        account.id(),
        account.name(),
        account.segments().stream().map(segment -> usage(segment, readings)).toList(),
        useCases.ofAccount(account.id(), RUNNING).stream().map(this::running).toList(),
        account.segments().stream()
            .map(
                segment -> {
                  int level = maturity.levelOf(account.id(), segment.key());
                  return new ProgressDashboard.SegmentMaturity(
                      segment.key(), segment.name(), level, MaturityLevel.of(level).title());
                })
            .toList(),
        planAndReality.milestones(account.id(), today).orElse(null));
  }

  private static ProgressDashboard.SegmentUsage usage(
      Segment segment, List<ActiveUsersRepository.Reading> readings) {
    return new ProgressDashboard.SegmentUsage(
        segment.key(),
        segment.name(),
        segment.licensedUsers(),
        readings.stream()
            .filter(reading -> reading.segmentKey().equals(segment.key()))
            .map(
                reading ->
                    new ProgressDashboard.MonthlyActiveUsers(
                        reading.month(), reading.activeUsers()))
            .toList());
  }

  private ProgressDashboard.RunningUseCase running(UseCase useCase) {
    Map<String, BigDecimal> latest = useCases.latestValues(useCase.id());
    return new ProgressDashboard.RunningUseCase(
        useCase.id(),
        useCase.title(),
        useCase.status().name(),
        KpiStanding.of(useCase, latest).stream()
            .map(
                standing -> {
                  var kpi = standing.kpi();
                  var progress = standing.progress();
                  return new ProgressDashboard.KpiToward(
                      kpi.name(),
                      kpi.unit(),
                      kpi.baseline(),
                      progress.latest(),
                      kpi.target(),
                      progress.progress(),
                      progress.met());
                })
            .toList());
  }
}
