package org.w3id.cityrights.store;

import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/** Rows as they come from the engine, failing with {@link ResultTooLargeException} past the row limit. */
final class RowLimit {
    private RowLimit() {}

    static RowSet of(RowSet rows, long maxRows) {
        Iterator<Binding> limited = new Iterator<>() {
            long n;

            @Override public boolean hasNext() {
                boolean more = rows.hasNext();
                if (more && n >= maxRows) throw new ResultTooLargeException(maxRows);
                return more;
            }

            @Override public Binding next() {
                if (!hasNext()) throw new NoSuchElementException();
                n++;
                return rows.next();
            }
        };
        return RowSetStream.create(rows.getResultVars(), limited);
    }
}
