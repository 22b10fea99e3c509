package io.leansuccess.successplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How the success plan's adoption timeline is estimated, under {@code lean-success.success-plan}:
 * which accounts count as similar (the same size band by ARR, and the same industry), how many
 * similar accounts must have reached a milestone before their median replaces our default, and
 * those defaults.
 */
@Component
@ConfigurationProperties("lean-success.success-plan")
public class SuccessPlanProperties {

  /**
   * Bands by ARR at signing, smallest first; a band holds ARR below its {@code up-to}, the last has
   * none.
   */
  private List<SizeBand> sizeBands =
      new ArrayList<>(
          List.of(
              new SizeBand("Small", new BigDecimal("50000")),
              new SizeBand("Mid-market", new BigDecimal("250000")),
              new SizeBand("Enterprise", null)));

  /** Fewer similar accounts than this that reached a milestone: the default days apply. */
  private int minSimilarAccounts = 3;

  /**
   * Days from signing to each milestone when there is too little history. Our defaults: launch
   * takes 90 days and maturity is judged at the end of each quarterly cycle, so the first judgement
   * comes about half a year after signing.
   */
  private Map<AdoptionMilestone, Integer> defaultDays =
      new EnumMap<>(
          Map.of(
              AdoptionMilestone.USAGE, 180,
              AdoptionMilestone.FIRST_ADOPTED_USE_CASE, 210,
              AdoptionMilestone.PROFICIENCY, 365));

  /** The band an ARR falls into; the last band when every bound is lower. */
  public SizeBand bandOf(BigDecimal arr) {
    return sizeBands.stream()
        .filter(band -> band.getUpTo() == null || arr.compareTo(band.getUpTo()) < 0)
        .findFirst()
        .orElse(sizeBands.get(sizeBands.size() - 1));
  }

  /** The ARR a band starts at: the previous band's upper bound, or zero. */
  public BigDecimal lowerBoundOf(SizeBand band) {
    int index = sizeBands.indexOf(band);
    return index <= 0 ? BigDecimal.ZERO : sizeBands.get(index - 1).getUpTo();
  }

  public int defaultDays(AdoptionMilestone milestone) {
    Integer days = defaultDays.get(milestone);
    if (days == null) {
      throw new IllegalStateException(
          "No lean-success.success-plan.default-days." + milestone + " configured");
    }
    return days;
  }

  public List<SizeBand> getSizeBands() {
    return sizeBands;
  }

  public void setSizeBands(List<SizeBand> sizeBands) {
    this.sizeBands = sizeBands;
  }

  public int getMinSimilarAccounts() {
    return minSimilarAccounts;
  }

  public void setMinSimilarAccounts(int minSimilarAccounts) {
    this.minSimilarAccounts = minSimilarAccounts;
  }

  public Map<AdoptionMilestone, Integer> getDefaultDays() {
    return defaultDays;
  }

  public void setDefaultDays(Map<AdoptionMilestone, Integer> defaultDays) {
    this.defaultDays = defaultDays;
  }

  /** A size band: a name customers recognise and the ARR it stops below (none for the largest). */
  public static class SizeBand {
    private String name;
    private BigDecimal upTo;

    public SizeBand() {}

    public SizeBand(String name, BigDecimal upTo) {
      this.name = name;
      this.upTo = upTo;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public BigDecimal getUpTo() {
      return upTo;
    }

    public void setUpTo(BigDecimal upTo) {
      this.upTo = upTo;
    }
  }
}
