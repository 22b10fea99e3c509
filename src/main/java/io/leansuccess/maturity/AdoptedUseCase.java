package io.leansuccess.maturity;

/**
 * An adopted use case of a segment.
 *
 * @param valueKpisMet it met every one of its value KPIs (not only usage KPIs)
 * @param levelWhenAdopted the segment's maturity level when it was adopted: value only counts from
 *     the level the rules say ("use before value")
 */
public record AdoptedUseCase(
    String useCaseId,
    String segmentKey,
    boolean valueKpisMet,
    int levelWhenAdopted,
    boolean successStoryShared) {}
