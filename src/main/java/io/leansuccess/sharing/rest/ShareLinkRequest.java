package io.leansuccess.sharing.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A new share link; without {@code validForDays} it works for the configured validity. */
@Schema(name = "ShareLinkRequest")
public record ShareLinkRequest(
    @Schema(description = "Days until the link expires; default 90 (lean-success.sharing.validity)")
        @Min(1)
        @Max(3650)
        Integer validForDays) {}
