package org.w3id.cityrights.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Receives an answer while the query runs, so that rows can be written out as they come instead of
 * being held in memory first. A sink must not send anything to a client before the store returns:
 * the answer may still fail at its time or row limit.
 */
public interface AnswerSink {
    /** The rows of a SELECT, read once; reading may throw {@link QueryTimeoutException} or {@link ResultTooLargeException}. */
    void rows(RowSet rows);

    void bool(boolean value);

    void graph(Graph graph);

    /** Hands a complete outcome to a sink. */
    static void send(QueryOutcome outcome, AnswerSink sink) {
        if (outcome instanceof QueryOutcome.Rows r) sink.rows(r.rowSet());
        else if (outcome instanceof QueryOutcome.Bool b) sink.bool(b.value());
        else if (outcome instanceof QueryOutcome.Triples t) sink.graph(t.graph());
    }
}
