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

    /**
     * Runs a query like {@link #query(Query, List, List, QueryOptions)} and hands the answer to {@code sink}
     * as it is produced, within the same limits. Stores that can stream rows do, so that a large answer
     * is never held in memory as rows; the default computes the whole outcome first.
     */
    default void answer(Query query, List<String> defaultGraphs, List<String> namedGraphs, QueryOptions options, AnswerSink sink) {
        AnswerSink.send(query(query, defaultGraphs, namedGraphs, options), sink);
    }

    default QueryOutcome query(Query query, long timeoutMillis) {
        return query(query, List.of(), List.of(), QueryOptions.of(timeoutMillis));
    }

    boolean isOpen();

    /**
     * A number that changes whenever the data behind the store may have changed (a swap to a new
     * database, a new version on a remote service), and is odd while such a change is under way. An
     * answer computed between two equal, even readings came from one version of the data: only such
     * answers may be kept in a cache.
     */
    default long generation() { return 0; }

    /** What the store was built from. */
    BuildInfo info();

    /**
     * The folder of files the build wrote beside this database (dumps, dataset descriptions), if the
     * store has one; a store behind a remote endpoint has none.
     */
    default Optional<Path> publishedFiles() { return Optional.empty(); }

    @Override void close();
}
