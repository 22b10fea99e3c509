package io.leansuccess.onboarding;

/**
 * The six things a good launch does in its first 90 days ("Launch like a boss", article 000). Each
 * is a task of the onboarding process, {@code Task_<taskKey>}, due the configured time ({@code
 * lean-success.timing.allowed.<taskKey>}) after the launch starts.
 */
public enum LaunchArea {
  COMMUNICATIONS(
      "LaunchCommunications",
      "Communications before, during and after the launch",
      "Build anticipation before launch day, announce it, and follow up: why the platform matters to the"
          + " organisation and to each user."),
  COMMUNITY(
      "LaunchCommunity",
      "A collaboration community",
      "Where users help each other and share what worked, so success spreads from the start."),
  TRAINING(
      "LaunchTraining",
      "Webinars, training and events",
      "A launch event if possible, training beyond features and functions, webinars that keep the community going."),
  HELP(
      "LaunchHelp",
      "In-app help and a help desk",
      "Walk-throughs and help in the product, and a help desk that answers quickly while users find their feet."),
  SPONSORSHIP(
      "LaunchSponsorship",
      "Senior executive sponsorship",
      "Senior leaders explain why the platform matters to the business and lead by using it."),
  CHAMPIONS(
      "LaunchChampions",
      "A champions network",
      "Super users identified well before launch day, trained early, who pull other users along.");

  private final String taskKey;
  private final String title;
  private final String purpose;

  LaunchArea(String taskKey, String title, String purpose) {
    this.taskKey = taskKey;
    this.title = title;
    this.purpose = purpose;
  }

  /** The task id without {@code Task_}: the key of its timing. */
  public String taskKey() {
    return taskKey;
  }

  public String title() {
    return title;
  }

  public String purpose() {
    return purpose;
  }
}
