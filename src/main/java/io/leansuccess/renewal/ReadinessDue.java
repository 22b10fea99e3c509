package io.leansuccess.renewal;

/** The rules' conclusion: it is time to open the account's renewal readiness. */
public record ReadinessDue(String accountId) {}
