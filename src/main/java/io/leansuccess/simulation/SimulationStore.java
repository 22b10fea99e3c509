package io.leansuccess.simulation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The latest simulations, in memory: a simulation writes nothing to the database, not even its own
 * answer. They are gone after a restart and are kept on the node that ran them; run one again to
 * see it anew.
 */
@Component
public class SimulationStore {

  private final Map<String, Simulation> simulations;

  SimulationStore(@Value("${lean-success.simulation.kept:20}") int kept) {
    this.simulations =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Simulation> eldest) {
            return size() > kept;
          }
        };
  }

  synchronized void put(Simulation simulation) {
    simulations.put(simulation.id(), simulation);
  }

  public synchronized Optional<Simulation> find(String id) {
    return Optional.ofNullable(simulations.get(id));
  }
}
