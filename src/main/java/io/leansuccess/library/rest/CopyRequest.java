package io.leansuccess.library.rest;

import io.leansuccess.account.Segment;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a copied entry goes in the account; both optional. */
@Schema(name = "LibraryCopy")
public record CopyRequest(
    @Schema(description = "Default: the account's first segment of the entry's segment kind")
        @Pattern(regexp = Segment.KEY_PATTERN)
        String segment,
    @Schema(description = "The use-case leader; default: none yet")
        @Size(max = 255)
        @Pattern(regexp = LibraryResource.TEXT)
        String owner) {}
