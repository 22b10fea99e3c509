package io.leansuccess.usecase;

/**
 * Where a use case came from when it was copied from the use-case library: the entry, why it was
 * suggested, and whether the launch of the account put it in its first pipeline.
 */
public record LibraryOrigin(String entryId, String reason, boolean suggestedAtLaunch) {}
