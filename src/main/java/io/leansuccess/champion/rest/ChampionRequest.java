package io.leansuccess.champion.rest;

import io.leansuccess.account.Segment;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A champion as sent: the e-mail address is in the path. */
@Schema(name = "ChampionRequest")
public record ChampionRequest(
    @NotBlank @Size(max = 255) String name,
    @Schema(
            description =
                "The segment the champion works in; absent for a champion of the whole account")
        @Pattern(regexp = Segment.KEY_PATTERN)
        String segmentKey) {}
