package org.w3id.cityrights.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The cityrights ontology, {@code https://w3id.org/cityrights/ontology#}. Names match the local names. */
public final class CR {
    public static final String NAMESPACE = "https://w3id.org/cityrights/ontology#";
    public static final String PREFIX = "cr";
    /** The ontology IRI (without the hash). */
    public static final String ONTOLOGY = "https://w3id.org/cityrights/ontology";

    private CR() {}

    private static Resource cls(String local) { return ResourceFactory.createResource(NAMESPACE + local); }
    private static Property prop(String local) { return ResourceFactory.createProperty(NAMESPACE + local); }

    // Places
    public static final Resource Country = cls("Country");
    public static final Resource Locality = cls("Locality");
    public static final Resource City = cls("City");
    public static final Resource County = cls("County");
    public static final Resource UrbanDistrict = cls("UrbanDistrict");
    public static final Resource Province = cls("Province");
    public static final Resource Community = cls("Community");

    // Stakeholders
    public static final Resource Stakeholder = cls("Stakeholder");
    public static final Resource LocalGovernmentBody = cls("LocalGovernmentBody");
    public static final Resource Council = cls("Council");
    public static final Resource MayorsOffice = cls("MayorsOffice");
    public static final Resource Commission = cls("Commission");
    public static final Resource Ombudsperson = cls("Ombudsperson");
    public static final Resource Office = cls("Office");
    public static final Resource CivilSocietyOrganisation = cls("CivilSocietyOrganisation");
    public static final Resource CommunityGroup = cls("CommunityGroup");
    public static final Resource University = cls("University");
    public static final Resource UNBody = cls("UNBody");
    public static final Resource CityNetwork = cls("CityNetwork");
    public static final Resource NationalInstitution = cls("NationalInstitution");
    public static final Resource InternationalOrganisation = cls("InternationalOrganisation");

    // Measures
    public static final Resource Measure = cls("Measure");
    public static final Resource LocalInstrument = cls("LocalInstrument");
    public static final Resource Programme = cls("Programme");
    public static final Resource StakeholderParticipation = cls("StakeholderParticipation");

    // International instruments
    public static final Resource InternationalInstrument = cls("InternationalInstrument");
    public static final Resource Treaty = cls("Treaty");
    public static final Resource CoreTreaty = cls("CoreTreaty");
    public static final Resource OptionalProtocol = cls("OptionalProtocol");
    public static final Resource FrameworkInstrument = cls("FrameworkInstrument");
    public static final Resource Ratification = cls("Ratification");

    // Trust
    public static final Resource SourceDisagreement = cls("SourceDisagreement");
    public static final Resource CountClaim = cls("CountClaim");

    // Networks and commitments
    public static final Resource NetworkMembership = cls("NetworkMembership");
    public static final Resource Commitment = cls("Commitment");
    public static final Resource CommitmentAssessment = cls("CommitmentAssessment");
    public static final Resource DerivationRule = cls("DerivationRule");
    public static final Resource ImportReportEntry = cls("ImportReportEntry");
    public static final Resource SkippedRow = cls("SkippedRow");
    public static final Resource ImportNotice = cls("ImportNotice");

    // Object properties
    public static final Property country = prop("country");
    public static final Property partOf = prop("partOf");
    public static final Property continent = prop("continent");
    public static final Property subRegion = prop("subRegion");
    public static final Property locality = prop("locality");
    public static final Property bodyOf = prop("bodyOf");
    public static final Property adoptedBy = prop("adoptedBy");
    public static final Property invokes = prop("invokes");
    public static final Property establishes = prop("establishes");
    public static final Property addressesRight = prop("addressesRight");
    public static final Property actionDomain = prop("actionDomain");
    public static final Property obligation = prop("obligation");
    public static final Property targetGroup = prop("targetGroup");
    public static final Property sdgTarget = prop("sdgTarget");
    public static final Property adoptionStatus = prop("adoptionStatus");
    public static final Property hasParticipation = prop("hasParticipation");
    public static final Property participant = prop("participant");
    public static final Property role = prop("role");
    public static final Property state = prop("state");
    public static final Property treaty = prop("treaty");
    public static final Property ratificationStatus = prop("ratificationStatus");
    public static final Property protocolTo = prop("protocolTo");
    public static final Property placeOfAdoption = prop("placeOfAdoption");
    public static final Property disagreement = prop("disagreement");
    public static final Property aboutProperty = prop("aboutProperty");
    public static final Property mirrorSource = prop("mirrorSource");
    public static final Property member = prop("member");
    public static final Property network = prop("network");
    public static final Property membershipStatus = prop("membershipStatus");
    public static final Property partOfNetwork = prop("partOfNetwork");
    public static final Property foundingInstrument = prop("foundingInstrument");
    public static final Property relatedInstrument = prop("relatedInstrument");
    public static final Property relatedRight = prop("relatedRight");
    public static final Property impliesCommitmentTo = prop("impliesCommitmentTo");
    public static final Property joiningAct = prop("joiningAct");
    public static final Property evidenceLevel = prop("evidenceLevel");
    public static final Property practice = prop("practice");
    public static final Property assesses = prop("assesses");
    public static final Property appliedRule = prop("appliedRule");
    public static final Property aboutNetwork = prop("aboutNetwork");

    // Datatype properties
    public static final Property adoptionDate = prop("adoptionDate");
    public static final Property entryIntoForce = prop("entryIntoForce");
    public static final Property openedForSignature = prop("openedForSignature");
    public static final Property dateUnknown = prop("dateUnknown");
    public static final Property dateNote = prop("dateNote");
    public static final Property officialIdentifier = prop("officialIdentifier");
    public static final Property originalTitle = prop("originalTitle");
    public static final Property foundingDate = prop("foundingDate");
    public static final Property dissolutionDate = prop("dissolutionDate");
    public static final Property isoCode = prop("isoCode");
    public static final Property m49Code = prop("m49Code");
    public static final Property adminArea = prop("adminArea");
    public static final Property abbreviation = prop("abbreviation");
    public static final Property untcId = prop("untcId");
    public static final Property gaResolution = prop("gaResolution");
    public static final Property signatureDate = prop("signatureDate");
    public static final Property ratificationDate = prop("ratificationDate");
    public static final Property alternativeValue = prop("alternativeValue");
    public static final Property claimText = prop("claimText");
    public static final Property claimDate = prop("claimDate");
    public static final Property claimAbout = prop("claimAbout");
    public static final Property placeName = prop("placeName");
    public static final Property adoptedByName = prop("adoptedByName");
    public static final Property dateJoined = prop("dateJoined");
    public static final Property statusAsStated = prop("statusAsStated");
    public static final Property sourceRow = prop("sourceRow");
    public static final Property claimedCount = prop("claimedCount");
    public static final Property claimScope = prop("claimScope");
    public static final Property ruleQuery = prop("ruleQuery");
    public static final Property importReason = prop("importReason");

    /** A class of this ontology by local name, e.g. {@code Ordinance}. */
    public static Resource term(String localName) { return cls(localName); }
}
