package io.leansuccess.simulation.rest;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.shared.AccountsInView;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.simulation.Simulation;
import io.leansuccess.simulation.SimulationStore;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /pages/rules/simulations/{id}}: what a rule change would do, as a CS leader reads it
 * before it goes live. The summary counts every account simulated; the differences listed are those
 * of the reader's book of business (docs/teams.md).
 */
@Controller
class SimulationPage {

  private final SimulationStore store;
  private final AccountRepository accounts;
  private final AccountsInView inView;

  SimulationPage(SimulationStore store, AccountRepository accounts, AccountsInView inView) {
    this.store = store;
    this.accounts = accounts;
    this.inView = inView;
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
    // a simulation runs over every account; its reader sees the differences of their book only
    boolean everything = inView.view().everything();
    List<Simulation.Difference> differences = simulation.differences();
    if (!everything) {
      Set<String> visible =
          accounts.visibleAmong(
              differences.stream().map(Simulation.Difference::accountId).toList());
      differences =
          differences.stream().filter(change -> visible.contains(change.accountId())).toList();
    }
    model.addAttribute("differences", differences);
    model.addAttribute("onlyYourAccounts", !everything);
    return "pages/simulation";
  }
}
