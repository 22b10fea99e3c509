package io.leansuccess.shared;

import java.util.Set;

/**
 * The accounts the one asking may see and change: an admin's, an integration's and the engine's own
 * work (delegates, jobs) see every account; a CSM or a manager the accounts of their teams, and a
 * manager also those no team has yet, to assign them.
 */
public interface BookOfBusiness {

  View current();

  /**
   * @param everything every account, the teams notwithstanding
   * @param teams the teams whose accounts are in view
   * @param unassigned whether accounts without a team are in view
   */
  record View(boolean everything, Set<String> teams, boolean unassigned) {

    public static final View EVERYTHING = new View(true, Set.of(), true);

    public View {
      teams = Set.copyOf(teams);
    }
  }
}
