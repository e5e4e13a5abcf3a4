package org.w3id.cityrights.workbench.permalinks;

/**
 * What one server accepts: the longest query it saves, how many links it keeps in all, and how many
 * new links one client may make per minute.
 */
public record PermalinkLimits(int maxQueryBytes, int maxLinks, int perClientPerMinute) {
    public static final PermalinkLimits DEFAULT = new PermalinkLimits(32 * 1024, 20_000, 30);

    public PermalinkLimits {
        if (maxQueryBytes <= 0 || maxLinks <= 0 || perClientPerMinute <= 0) throw new IllegalArgumentException("permalink limits must be positive");
    }
}
