package io.leansuccess.library;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How the use-case library suggests, under {@code lean-success.library}. Similar accounts are those
 * of the success plan's adoption timeline: the same industry and size band ({@code
 * lean-success.success-plan.size-bands}).
 */
@Component
@ConfigurationProperties("lean-success.library")
public class LibraryProperties {

  /** At most this many suggestions for an account, the most often adopted first. */
  private int maxSuggestions = 5;

  /** A use case is suggested once at least this many similar accounts adopted it. */
  private int minAdoptions = 1;

  /** The launch of a new account puts this many of the suggestions into its first pipeline. */
  private int launchPipeline = 3;

  public int getMaxSuggestions() {
    return maxSuggestions;
  }

  public void setMaxSuggestions(int maxSuggestions) {
    this.maxSuggestions = maxSuggestions;
  }

  public int getMinAdoptions() {
    return minAdoptions;
  }

  public void setMinAdoptions(int minAdoptions) {
    this.minAdoptions = minAdoptions;
  }

  public int getLaunchPipeline() {
    return launchPipeline;
  }

  public void setLaunchPipeline(int launchPipeline) {
    this.launchPipeline = launchPipeline;
  }
}
