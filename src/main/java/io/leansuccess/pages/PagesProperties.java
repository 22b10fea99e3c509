package io.leansuccess.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The pages under {@code /pages}, under {@code lean-success.pages.*}. */
@ConfigurationProperties("lean-success.pages")
public class PagesProperties {

  /** Serve the pages; off, the API still serves the success plan's page and PDF. */
  private boolean enabled = true;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
