package io.leansuccess.signal;

import java.util.List;

/**
 * What became of each signal an integration sent, by kind: stored, a repeat, or rejected. Published
 * as the service decides, for whoever counts them (the operations metrics).
 */
public record SignalsIngested(List<Ingested> signals) {

  public record Ingested(SignalKind kind, SignalReceipt.Status status) {}

  public SignalsIngested {
    signals = List.copyOf(signals);
  }

  static SignalsIngested of(List<Signal> signals, List<SignalReceipt> receipts) {
    return new SignalsIngested(
        java.util.stream.IntStream.range(0, signals.size())
            .mapToObj(i -> new Ingested(signals.get(i).kind(), receipts.get(i).status()))
            .toList());
  }

  static SignalsIngested rejected(Signal signal) {
    return new SignalsIngested(List.of(new Ingested(signal.kind(), SignalReceipt.Status.REJECTED)));
  }
}
