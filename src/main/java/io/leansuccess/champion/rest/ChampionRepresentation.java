package io.leansuccess.champion.rest;

import io.leansuccess.champion.Champion;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A champion as answered. */
@Schema(name = "Champion")
public record ChampionRepresentation(String email, String name, String segmentKey, Instant since) {

  static ChampionRepresentation from(Champion champion) {
    return new ChampionRepresentation(
        champion.email(), champion.name(), champion.segmentKey(), champion.since());
  }
}
