package org.w3id.cityrights.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Query;

/**
 * The one door to the data. Features ask a store; they never open TDB2 themselves, and the store
 * knows nothing of HTTP. Results are complete when returned: a query that runs out of time fails
 * with {@link QueryTimeoutException} instead of returning part of its answer.
 */
public interface Store extends AutoCloseable {

    /**
     * Runs a read-only query over the whole dataset (or the graphs named) within the options' limits.
     * @throws QueryTimeoutException   when it runs past its time limit
     * @throws ResultTooLargeException when its result passes the row limit
     */
    QueryOutcome query(Query query, List<String> defaultGraphs, List<String> namedGraphs, QueryOptions options);

    default QueryOutcome query(Query query, long timeoutMillis) {
        return query(query, List.of(), List.of(), QueryOptions.of(timeoutMillis));
    }

    boolean isOpen();

    /** What the store was built from. */
    BuildInfo info();

    /**
     * The folder of files the build wrote beside this database (dumps, dataset descriptions), if the
     * store has one; a store behind a remote endpoint has none.
     */
    default Optional<Path> publishedFiles() { return Optional.empty(); }

    @Override void close();
}
