package org.w3id.cityrights.synthetic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cityrights.build.Materializer;
import org.w3id.cityrights.build.ProjectLayout;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

/**
 * Writes SYNTHETIC data for load and query benchmarks: invented countries, treaties, localities,
 * bodies, instruments, ratifications and participations in the proportions of the curated data,
 * shaped as the importers shape real data (same classes, properties, concept schemes, inferred
 * graph), so that the SHACL shapes hold and every saved and competency query runs unchanged.
 *
 * <p>None of it is a fact, and it says so: every thing and graph lives under
 * {@value #BASE} (never under the published {@code id/} space), every label starts with
 * "Synthetic", the dataset is named "cityrights SYNTHETIC benchmark data", countries use the ISO 3166
 * user-assigned codes (AA, QM-QZ, XA-XZ, ZZ) that no real country has, and nothing links to Wikidata
 * or GeoNames. It is written to a file outside {@code data/} and is never part of a build.
 */
public final class SyntheticGenerator {
    public static final String BASE = "https://w3id.org/cityrights/synthetic/";
    static final String ID = BASE + "id/";

    private final ProjectLayout layout;
    private final long seed;

    public SyntheticGenerator(ProjectLayout layout, long seed) {
        this.layout = layout;
        this.seed = seed;
    }

    /** What was written. */
    public record Result(Path file, long quads, long localities, String datasetVersion) {}

    /** Writes about {@code targetQuads} quads (a little more: whole localities only) as N-Quads. */
    public Result write(long targetQuads, Path file) {
        if (targetQuads <= 0) throw new IllegalArgumentException("the number of quads must be positive, was " + targetQuads);
        Graph ontology = RDFDataMgr.loadGraph(layout.ontologyFile().toString());
        Graph schemes = RDFDataMgr.loadGraph(layout.schemesFile().toString());
        Graph axioms = RDFDataMgr.loadGraph("external-axioms.ttl");
        Materializer materializer = new Materializer(new Union(ontology, axioms));
        String version = "synthetic-" + targetQuads + "-seed" + seed;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
                StreamRDF out = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
                out.start();
                SyntheticWriter w = new SyntheticWriter(out, materializer, BASE + "graph/inferred");
                w.writePlain(BASE + "graph/ontology", ontology);
                w.writePlain(BASE + "graph/schemes", schemes);
                w.writePlain(BASE + "graph/inferred", materializer.inferred(new Union(ontology, schemes)));
                long localities = new World(w, new Concepts(schemes), new SplittableRandom(seed)).write(targetQuads, version);
                out.finish();
                return new Result(file, w.quads(), localities, version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The invented world, written thing by thing. */
    private static final class World {
        static final String[] CODES = codes();
        static final String[] INSTRUMENT_TYPES = {"HumanRightsCityDeclaration", "Declaration", "Proclamation", "Charter", "Ordinance",
                "Resolution", "Motion", "ExecutiveDirective", "Policy", "BudgetProcess", "Agreement", "Programme"};
        /** Shares of the instrument types, roughly as in data/curated/instruments.csv. */
        static final int[] INSTRUMENT_WEIGHTS = {25, 10, 4, 5, 15, 20, 2, 3, 8, 2, 1, 5};
        static final Node[] LOCALITY_KINDS = {CR.City.asNode(), CR.County.asNode(), CR.UrbanDistrict.asNode(), CR.Province.asNode(), CR.Community.asNode()};
        static final int[] LOCALITY_WEIGHTS = {85, 8, 4, 2, 1};
        static final Node[] BODY_KINDS = {CR.Council.asNode(), CR.MayorsOffice.asNode(), CR.Commission.asNode(), CR.Ombudsperson.asNode(), CR.Office.asNode()};
        static final int[] BODY_WEIGHTS = {40, 15, 25, 10, 10};
        static final Node[] AGENT_KINDS = {CR.CivilSocietyOrganisation.asNode(), CR.CommunityGroup.asNode(), CR.University.asNode(),
                CR.UNBody.asNode(), CR.CityNetwork.asNode(), CR.NationalInstitution.asNode(), CR.InternationalOrganisation.asNode()};
        static final int[] AGENT_WEIGHTS = {50, 15, 10, 5, 10, 5, 5};
        static final String[] RATIFICATION = {"party", "signatory", "no-action", "denounced"};
        static final int[] RATIFICATION_WEIGHTS = {75, 10, 13, 2};
        static final int CORE_TREATIES = 9;
        static final int FRAMEWORKS = 20;

        final SyntheticWriter w;
        final Concepts concepts;
        final SplittableRandom rnd;
        final Node activity = uri(ID + "activity/generate-synthetic");
        final List<Node> countries = new ArrayList<>();
        final List<Node> treaties = new ArrayList<>();
        final List<Node> frameworks = new ArrayList<>();
        final List<Node> agents = new ArrayList<>();
        final Node adopted;

        World(SyntheticWriter w, Concepts concepts, SplittableRandom rnd) {
            this.w = w;
            this.concepts = concepts;
            this.rnd = rnd;
            this.adopted = concepts.named("adoption-status", "adopted");
        }

        long write(long targetQuads, String version) {
            dataset(version);
            regionsAndCountries();
            treaties();
            ratifications();
            frameworks();
            long n = 0;
            while (w.quads() < targetQuads) {
                locality(n++);
            }
            return n;
        }

        void dataset(String version) {
            Graph g = SyntheticWriter.thing();
            Node d = uri(ID + "dataset/cityrights-synthetic");
            add(g, d, RDF.type, uri("http://www.w3.org/ns/dcat#Dataset"));
            add(g, d, DCTerms.title, en("cityrights SYNTHETIC benchmark data"));
            add(g, d, RDFS.label, en("cityrights SYNTHETIC benchmark data: invented, not facts"));
            add(g, d, RDFS.comment, en("Generated by cityrights' synthetic data generator for load and query benchmarks. "
                    + "Every country, treaty, locality, body, instrument and source in it is invented."));
            add(g, d, DCTerms.hasVersion, NodeFactory.createLiteralString(version));
            add(g, activity, RDF.type, Vocab.provActivity.asNode());
            add(g, activity, RDFS.label, en("generation of synthetic benchmark data"));
            w.write(BASE + "graph/meta", g);
        }

        void regionsAndCountries() {
            Graph g = SyntheticWriter.thing();
            Node scheme = uri(ID + "scheme/synthetic-regions");
            add(g, scheme, RDF.type, SKOS.ConceptScheme.asNode());
            add(g, scheme, SKOS.prefLabel, en("Synthetic regions"));
            Node[] regions = new Node[5];
            for (int i = 0; i < regions.length; i++) {
                regions[i] = uri(ID + "region/synthetic-region-" + (i + 1));
                add(g, regions[i], RDF.type, SKOS.Concept.asNode());
                add(g, regions[i], SKOS.prefLabel, en("Synthetic region " + (i + 1)));
                add(g, regions[i], SKOS.inScheme, scheme);
                add(g, regions[i], SKOS.topConceptOf, scheme);
            }
            w.write(BASE + "graph/import/regions", g);
            for (int i = 0; i < CODES.length; i++) {
                Graph c = SyntheticWriter.thing();
                Node country = uri(ID + "country/" + CODES[i].toLowerCase(Locale.ROOT));
                add(c, country, RDF.type, CR.Country.asNode());
                add(c, country, RDFS.label, en("Synthetic country " + CODES[i]));
                add(c, country, SKOS.prefLabel, en("Synthetic country " + CODES[i]));
                add(c, country, CR.isoCode, NodeFactory.createLiteralString(CODES[i]));
                add(c, country, CR.continent, regions[i % regions.length]);
                provenance(c, country, "country/" + i);
                w.write(BASE + "graph/import/countries", c);
                countries.add(country);
            }
        }

        void treaties() {
            for (int i = 1; i <= CORE_TREATIES; i++) {
                Node core = treaty(i, CR.CoreTreaty.asNode(), "ST" + i, null);
                treaties.add(core);
                treaties.add(treaty(i, CR.OptionalProtocol.asNode(), "ST" + i + "-OP", core));
            }
        }

        Node treaty(int i, Node kind, String abbreviation, Node protocolTo) {
            Graph g = SyntheticWriter.thing();
            Node t = uri(ID + "treaty/" + abbreviation.toLowerCase(Locale.ROOT));
            add(g, t, RDF.type, kind);
            add(g, t, RDFS.label, en("Synthetic treaty " + abbreviation));
            add(g, t, CR.abbreviation, NodeFactory.createLiteralString(abbreviation));
            add(g, t, CR.adoptionDate, year(1960 + 5 * i + (protocolTo == null ? 0 : 10)));
            if (protocolTo != null) add(g, t, CR.protocolTo, protocolTo);
            provenance(g, t, "treaty/" + abbreviation);
            w.write(BASE + "graph/import/treaties", g);
            return t;
        }

        void ratifications() {
            for (Node country : countries) {
                String iso = country.getURI().substring(country.getURI().lastIndexOf('/') + 1);
                for (Node treaty : treaties) {
                    Graph g = SyntheticWriter.thing();
                    String abbr = treaty.getURI().substring(treaty.getURI().lastIndexOf('/') + 1);
                    Node r = uri(ID + "ratification/" + iso + "-" + abbr);
                    String status = RATIFICATION[pick(RATIFICATION_WEIGHTS)];
                    add(g, r, RDF.type, CR.Ratification.asNode());
                    add(g, r, RDFS.label, en("Synthetic ratification " + iso + " " + abbr));
                    add(g, r, CR.state, country);
                    add(g, r, CR.treaty, treaty);
                    add(g, r, CR.ratificationStatus, concepts.named("ratification-status", status));
                    if (status.equals("party")) add(g, r, CR.ratificationDate, year(1975 + rnd.nextInt(47)));
                    provenance(g, r, "ratification/" + iso + "-" + abbr);
                    w.write(BASE + "graph/import/ratifications", g);
                }
            }
        }

        void frameworks() {
            for (int i = 1; i <= FRAMEWORKS; i++) {
                Graph g = SyntheticWriter.thing();
                Node f = uri(ID + "framework/synthetic-framework-" + i);
                add(g, f, RDF.type, CR.FrameworkInstrument.asNode());
                add(g, f, RDFS.label, en("Synthetic framework " + i));
                add(g, f, CR.adoptionDate, year(1995 + rnd.nextInt(28)));
                add(g, f, CR.invokes, treaties.get(2 * rnd.nextInt(CORE_TREATIES)));
                provenance(g, f, "framework/" + i);
                w.write(BASE + "graph/import/frameworks", g);
                frameworks.add(f);
            }
        }

        /** One locality with its bodies, instruments, participations and, now and then, a new stakeholder. */
        void locality(long n) {
            String slug = "l" + n;
            Node city = uri(ID + "city/" + slug);
            Node country = countries.get(skewed(countries.size()));
            Graph g = SyntheticWriter.thing();
            add(g, city, RDF.type, LOCALITY_KINDS[pick(LOCALITY_WEIGHTS)]);
            add(g, city, RDFS.label, en("Synthetic locality " + n));
            add(g, city, SKOS.prefLabel, en("Synthetic locality " + n));
            add(g, city, CR.country, country);
            String lat = String.format(Locale.ROOT, "%.4f", rnd.nextDouble(-60, 70)), lon = String.format(Locale.ROOT, "%.4f", rnd.nextDouble(-180, 180));
            add(g, city, Vocab.wgsLat, NodeFactory.createLiteralDT(lat, XSDDatatype.XSDdecimal));
            add(g, city, Vocab.wgsLong, NodeFactory.createLiteralDT(lon, XSDDatatype.XSDdecimal));
            Node geometry = uri(city.getURI() + "#geometry");
            add(g, city, Vocab.geoHasGeometry, geometry);
            add(g, geometry, RDF.type, Vocab.geoGeometry.asNode());
            add(g, geometry, Vocab.geoAsWKT, NodeFactory.createLiteralDT("POINT(" + lon + " " + lat + ")",
                    new org.apache.jena.datatypes.BaseDatatype(Vocab.geoWktLiteral)));
            provenance(g, city, "city/" + slug);
            w.write(BASE + "graph/import/localities", g);

            List<Node> bodies = new ArrayList<>();
            int nBodies = rnd.nextInt(100) < 30 ? 0 : 1 + rnd.nextInt(2);
            for (int b = 0; b < nBodies; b++) bodies.add(body(city, slug + "-b" + b, n));
            if (rnd.nextInt(100) < 35) agents.add(agent(slug, country, n));
            int nInstruments = 1 + (rnd.nextInt(100) < 45 ? 1 : 0) + (rnd.nextInt(100) < 15 ? 1 : 0);
            for (int i = 0; i < nInstruments; i++) {
                Node inst = instrument(city, slug + "-i" + i, bodies, n);
                if (!agents.isEmpty() && rnd.nextInt(100) < 35) participation(inst, slug + "-i" + i);
            }
        }

        Node body(Node city, String slug, long n) {
            Graph g = SyntheticWriter.thing();
            Node b = uri(ID + "body/" + slug);
            add(g, b, RDF.type, BODY_KINDS[pick(BODY_WEIGHTS)]);
            add(g, b, RDFS.label, en("Synthetic body " + slug + " of locality " + n));
            add(g, b, CR.bodyOf, city);
            if (rnd.nextInt(100) < 40) add(g, b, CR.foundingDate, year(1990 + rnd.nextInt(34)));
            provenance(g, b, "body/" + slug);
            w.write(BASE + "graph/import/bodies", g);
            return b;
        }

        Node agent(String slug, Node country, long n) {
            Graph g = SyntheticWriter.thing();
            Node a = uri(ID + "agent/" + slug + "-a");
            add(g, a, RDF.type, AGENT_KINDS[pick(AGENT_WEIGHTS)]);
            add(g, a, RDFS.label, en("Synthetic stakeholder of locality " + n));
            if (rnd.nextBoolean()) add(g, a, CR.country, country);
            provenance(g, a, "agent/" + slug);
            w.write(BASE + "graph/import/agents", g);
            return a;
        }

        Node instrument(Node city, String slug, List<Node> bodies, long n) {
            Graph g = SyntheticWriter.thing();
            Node i = uri(ID + "instrument/" + slug);
            String type = INSTRUMENT_TYPES[pick(INSTRUMENT_WEIGHTS)];
            add(g, i, RDF.type, CR.term(type).asNode());
            if (type.equals("HumanRightsCityDeclaration") && rnd.nextBoolean()) add(g, i, RDF.type, CR.term("Resolution").asNode());
            add(g, i, RDFS.label, en("Synthetic " + type + " " + slug + " of locality " + n));
            add(g, i, CR.locality, city);
            if (rnd.nextInt(100) < 90) {
                int y = 1997 + rnd.nextInt(28);
                add(g, i, CR.adoptionDate, rnd.nextBoolean() ? year(y)
                        : NodeFactory.createLiteralDT(String.format(Locale.ROOT, "%d-%02d-%02d", y, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)), XSDDatatype.XSDdate));
            } else {
                add(g, i, CR.dateUnknown, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
                add(g, i, CR.dateNote, NodeFactory.createLiteralString("synthetic: no date"));
            }
            if (!bodies.isEmpty() && rnd.nextInt(100) < 60) add(g, i, CR.adoptedBy, bodies.get(rnd.nextInt(bodies.size())));
            add(g, i, CR.adoptionStatus, rnd.nextInt(100) < 85 ? adopted : concepts.one("adoption-status", rnd));
            if (rnd.nextInt(100) < 50) add(g, i, CR.invokes, treaties.get(treatyIndex()));
            if (rnd.nextInt(100) < 30) add(g, i, CR.invokes, frameworks.get(rnd.nextInt(frameworks.size())));
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) add(g, i, CR.addressesRight, concepts.one("rights", rnd));
            if (rnd.nextInt(100) < 70) add(g, i, CR.actionDomain, concepts.one("action-domains", rnd));
            if (rnd.nextInt(100) < 30) add(g, i, CR.obligation, concepts.one("obligations", rnd));
            if (rnd.nextInt(100) < 40) add(g, i, CR.targetGroup, concepts.one("target-groups", rnd));
            if (!bodies.isEmpty() && rnd.nextInt(100) < 10) add(g, i, CR.establishes, bodies.get(rnd.nextInt(bodies.size())));
            if (rnd.nextInt(100) < 5) {
                Node d = uri(ID + "disagreement/" + slug + "-1");
                add(g, i, CR.disagreement, d);
                add(g, d, RDF.type, CR.SourceDisagreement.asNode());
                add(g, d, CR.aboutProperty, CR.adoptionDate.asNode());
                add(g, d, CR.alternativeValue, NodeFactory.createLiteralString(Integer.toString(1997 + rnd.nextInt(28))));
                add(g, d, DCTerms.source, uri(BASE + "source/disagreement/" + slug));
            }
            provenance(g, i, "instrument/" + slug);
            w.write(BASE + "graph/import/instruments", g);
            return i;
        }

        void participation(Node instrument, String slug) {
            Graph g = SyntheticWriter.thing();
            Node agent = agents.get(rnd.nextInt(agents.size()));
            Node role = concepts.one("stakeholder-roles", rnd);
            Node p = uri(ID + "participation/" + slug + "-p");
            add(g, p, RDF.type, CR.StakeholderParticipation.asNode());
            add(g, p, CR.participant, agent);
            add(g, p, CR.role, role);
            add(g, instrument, CR.hasParticipation, p);
            provenance(g, p, "participation/" + slug);
            w.write(BASE + "graph/import/participations", g);
        }

        /** A few treaties are invoked far more often than others (CEDAW-like), as in the curated data. */
        int treatyIndex() {
            int r = rnd.nextInt(100);
            if (r < 40) return 2;
            if (r < 55) return 0;
            return rnd.nextInt(treaties.size());
        }

        void provenance(Graph g, Node s, String sourcePath) {
            add(g, s, DCTerms.source, uri(BASE + "source/" + sourcePath));
            add(g, s, Vocab.provWasGeneratedBy.asNode(), activity);
        }

        int pick(int[] weights) {
            int total = 0;
            for (int x : weights) total += x;
            int r = rnd.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                r -= weights[i];
                if (r < 0) return i;
            }
            return weights.length - 1;
        }

        /** Few countries have most localities (as the United States has in the curated data). */
        int skewed(int size) {
            double u = rnd.nextDouble();
            return (int) Math.min(size - 1, Math.floor(size * u * u * u));
        }

        static Node year(int y) { return NodeFactory.createLiteralDT(Integer.toString(y), XSDDatatype.XSDgYear); }

        static Node en(String s) { return NodeFactory.createLiteralLang(s, "en"); }

        static Node uri(String s) { return NodeFactory.createURI(s); }

        static void add(Graph g, Node s, org.apache.jena.rdf.model.Property p, Node o) { g.add(s, p.asNode(), o); }

        static void add(Graph g, Node s, Node p, Node o) { g.add(s, p, o); }

        /** ISO 3166-1 alpha-2 codes left to users, which no country has: AA, QM-QZ, XA-XZ, ZZ. */
        static String[] codes() {
            List<String> out = new ArrayList<>();
            out.add("AA");
            for (char c = 'M'; c <= 'Z'; c++) out.add("Q" + c);
            for (char c = 'A'; c <= 'Z'; c++) out.add("X" + c);
            out.add("ZZ");
            return out.toArray(String[]::new);
        }
    }
}
