package org.w3id.cityrights.build;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.linkeddata.Publication;
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.vocab.Ids;
import org.w3id.cityrights.vocab.Vocab;

/** The {@code build} command's work: prepare, refuse invalid data, load, swap in. */
public final class Builder {
    private final ProjectLayout layout;
    private final Ids ids;
    private final PrintStream log;

    public Builder(ProjectLayout layout, Ids ids, PrintStream log) {
        this.layout = layout;
        this.ids = ids;
        this.log = log;
    }

    /** Whether the store is missing or was built from other inputs than those now on disk. */
    public boolean isStale(StoreLayout store) {
        Optional<BuildInfo> info = store.currentInfo();
        return info.isEmpty() || !info.get().inputFingerprint().equals(Fingerprint.of(layout, ids.base()));
    }

    /** The fingerprint of the inputs now on disk, as a build from them would record it. */
    public String fingerprint() { return Fingerprint.of(layout, ids.base()); }

    public BuildInfo build(StoreLayout store) {
        String fingerprint = Fingerprint.of(layout, ids.base());
        Pipeline.Prepared prepared = new Pipeline(layout, ids, log).prepare();
        if (!prepared.valid()) throw new ValidationFailedException(prepared.findings());
        String version = datasetVersion(prepared, fingerprint);
        Graph meta = meta(version, fingerprint, prepared);
        BuildInfo info = new StoreBuilder(log, new Publication(log)).load(prepared, meta, store, ids, fingerprint, version);
        Path reportFile = ImportReportFile.write(store, prepared.report());
        log.print(prepared.report().format());
        log.printf("  (also in %s, in the graph %s and on the page /coverage)%n", reportFile, ids.graph("import-report"));
        log.printf("store %s is current: dataset version %s%n", store.root(), version);
        return info;
    }

    /** The release version from data/dataset.ttl, qualified by the inputs' fingerprint so that every build is citable. */
    private String datasetVersion(Pipeline.Prepared prepared, String fingerprint) {
        Node dataset = NodeFactory.createURI(ids.idBase() + "dataset/cityrights");
        var it = prepared.data().union().find(dataset, OWL.versionInfo.asNode(), Node.ANY);
        String release = it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "0";
        return release + "+" + fingerprint.substring(0, 8);
    }

    private Graph meta(String version, String fingerprint, Pipeline.Prepared prepared) {
        Model m = ModelFactory.createDefaultModel();
        Resource dataset = m.createResource(ids.idBase() + "dataset/cityrights");
        Resource build = m.createResource(ids.idBase() + "activity/build");
        build.addProperty(RDF.type, Vocab.provActivity)
             .addProperty(RDFS.label, "build of the cityrights store", "en")
             .addLiteral(m.createProperty(Vocab.PROV + "endedAtTime"), m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));
        dataset.addProperty(DCTerms.hasVersion, version)
               .addProperty(m.createProperty(Vocab.PROV + "wasGeneratedBy"), build)
               .addProperty(DCTerms.identifier, "sha256:" + fingerprint);
        // The named graphs of this build: a copy elsewhere (Graph Store Protocol) can then drop graphs a later build no longer has.
        for (Node g : prepared.data().graphFiles().keySet()) dataset.addProperty(DCTerms.hasPart, m.createResource(g.getURI()));
        dataset.addProperty(DCTerms.hasPart, m.createResource(ids.graph(Pipeline.INFERRED)))
               .addProperty(DCTerms.hasPart, m.createResource(ids.graph("meta")));
        return m.getGraph();
    }
}
