package io.leansuccess.health;

/** The colour the health rules gave the account in one evaluation. */
public record HealthRating(HealthColour colour) {}
