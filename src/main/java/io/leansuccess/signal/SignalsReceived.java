package io.leansuccess.signal;

import java.util.List;

/**
 * The signals stored now (repeats and rejections left out), published in the transaction that
 * stores them, for a feature that reacts to what they say (continuous onboarding).
 */
public record SignalsReceived(List<Signal> signals) {

  public SignalsReceived {
    signals = List.copyOf(signals);
  }
}
