package org.w3id.cityrights.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.w3id.cityrights.build.FileLoader;
import org.w3id.cityrights.store.StoreLayout;

/** Small real TDB2 stores loaded from N-Quads text, for tests that swap, reload or change data. */
public final class LoadedStores {
    private LoadedStores() {}

    /** A store folder with one database loaded from the quads given. */
    public static StoreLayout of(String nquads, String version) {
        try {
            Path root = Files.createTempDirectory("cityrights-loaded");
            StoreLayout layout = new StoreLayout(root.resolve("store"));
            load(layout, nquads, version);
            return layout;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads another database into the folder and makes it current. */
    public static void load(StoreLayout layout, String nquads, String version) {
        try {
            Path file = Files.createTempFile("cityrights-quads", ".nq");
            Files.writeString(file, nquads, StandardCharsets.UTF_8);
            new FileLoader(TestStore.quiet()).load(layout, List.of(file), version, FileLoader.Kind.PHASED);
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One quad in a named graph with a literal object. */
    public static String quad(String s, String p, String literal, String graph) {
        return "<" + s + "> <" + p + "> \"" + literal + "\" <" + graph + "> .\n";
    }
}
