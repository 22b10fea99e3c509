package io.leansuccess.usecase;

/**
 * What the owning account agreed to share of a use case's success story: only those who see the
 * account ({@code INTERNAL}, the default), or every CS team and, through them, other customers,
 * without the account's name, people or texts that name it ({@code ANONYMISED}).
 */
public enum StoryShareScope {
  INTERNAL,
  ANONYMISED
}
