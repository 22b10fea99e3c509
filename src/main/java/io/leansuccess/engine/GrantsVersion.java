package io.leansuccess.engine;

import java.util.function.Consumer;

/**
 * One release's change to the product's groups and grants, applied once to a database (like a
 * Liquibase change set): what an admin changes afterwards stays changed.
 *
 * @param number the grants version it brings a database to
 * @param change what it changes, for the log
 * @param steps the groups, grants and revocations
 */
record GrantsVersion(int number, String change, Consumer<Grants> steps) {}
