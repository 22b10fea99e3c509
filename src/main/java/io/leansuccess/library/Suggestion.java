package io.leansuccess.library;

/**
 * A library entry suggested to an account: how many similar accounts adopted a use case like it
 * (same title), and why it is suggested, in words a CSM can repeat to the customer.
 */
public record Suggestion(LibraryEntry entry, int adoptedBy, String reason) {}
