package io.leansuccess.simulation.rest;

import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.simulation.Simulation;
import io.leansuccess.simulation.SimulationStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /pages/rules/simulations/{id}}: what a rule change would do, as a CS leader reads it
 * before it goes live.
 */
@Controller
class SimulationPage {

  private final SimulationStore store;

  SimulationPage(SimulationStore store) {
    this.store = store;
  }

  @GetMapping("/pages/rules/simulations/{simulationId}")
  String simulation(@PathVariable String simulationId, Model model) {
    Simulation simulation =
        store
            .find(simulationId)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        new ResourceNotFoundException("simulation", simulationId).getMessage()));
    model.addAttribute("simulation", simulation);
    return "pages/simulation";
  }
}
