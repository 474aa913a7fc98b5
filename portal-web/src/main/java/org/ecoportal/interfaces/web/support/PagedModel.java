package org.ecoportal.interfaces.web.support;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table model that fetches one page at a time from a service: the page's rows and the total
 * in one round trip, kept until the table asks for another query.
 *
 * @param <Q> the service's query (compared with {@code equals})
 * @param <R> a row
 */
public final class PagedModel<Q, R> extends LazyDataModel<R> {

  private static final long serialVersionUID = 1L;

  /** What a service answers: a page of rows and how many rows match in all. */
  public record Fetched<R>(List<R> rows, long total) {}

  /** The query for the rows from {@code first}, {@code pageSize} of them, in the table's order. */
  @FunctionalInterface
  public interface Queries<Q> extends Serializable {
    Q query(int first, int pageSize, Map<String, SortMeta> sortBy);
  }

  /** Asks the service for the page a query names. */
  @FunctionalInterface
  public interface Source<Q, R> extends Serializable {
    Fetched<R> fetch(Q query);
  }

  /** A row's key, unique in the table. */
  @FunctionalInterface
  public interface Keys<R> extends Serializable {
    String keyOf(R row);
  }

  private final int firstPage;
  private final Queries<Q> queries;
  private final Source<Q, R> source;
  private final Keys<R> keys;
  private transient Fetched<R> last;
  private transient Q lastQuery;

  public PagedModel(int firstPage, Queries<Q> queries, Source<Q, R> source, Keys<R> keys) {
    this.firstPage = firstPage;
    this.queries = queries;
    this.source = source;
    this.keys = keys;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    // The first page the table will ask for next: one round trip gives rows and total.
    return (int) page(queries.query(0, getPageSize() > 0 ? getPageSize() : firstPage, Map.of())).total();
  }

  @Override
  public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Fetched<R> page = page(queries.query(first, pageSize, sortBy));
    setRowCount((int) page.total());
    return page.rows();
  }

  private Fetched<R> page(Q query) {
    if (last == null || !query.equals(lastQuery)) {
      last = source.fetch(query);
      lastQuery = query;
    }
    return last;
  }

  @Override
  public String getRowKey(R row) {
    return keys.keyOf(row);
  }

  @Override
  public R getRowData(String rowKey) {
    return last == null ? null : last.rows().stream().filter(r -> keys.keyOf(r).equals(rowKey)).findFirst().orElse(null);
  }
}
