package org.w3id.cityrights.commitments;

import java.util.List;

import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.places.Place;

/**
 * One checked row that states a membership, from a member list or a curator's template: which
 * locality, which network, which status, when, in whose words and on which pages. Several records
 * of the same locality and network become one membership.
 */
record MembershipRecord(CsvRow row, String networkId, Place place, String status, JoinDate date, String dateNote,
                        String wording, List<SourceUrl> sources, String note) {

    /** A page that states the membership; a third-party copy is marked as a mirror. */
    record SourceUrl(String url, boolean mirror) {}
}
