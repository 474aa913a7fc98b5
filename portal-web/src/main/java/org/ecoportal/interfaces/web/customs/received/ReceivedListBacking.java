package org.ecoportal.interfaces.web.customs.received;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.ecoportal.application.ReceivedCertificates;
import org.ecoportal.application.ReceivedCertificates.Filter;
import org.ecoportal.application.ReceivedCertificates.Page;
import org.ecoportal.application.ReceivedCertificates.Query;
import org.ecoportal.application.ReceivedCertificates.Row;
import org.ecoportal.application.ReceivedCertificates.State;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.interfaces.web.support.PagedModel;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs {@code /customs-officer/received.xhtml}: the certificates partner economies delivered to
 * the tenant, a page at a time from the database, newest first, with what became of each since.
 */
@Named("received")
@ViewScoped
public class ReceivedListBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int FIRST_PAGE = 25;

  @EJB private ReceivedCertificates certificates;

  private String number;
  private String country;
  private String exporter;
  private String consignee;
  private LocalDate issuedFrom;
  private LocalDate issuedTo;
  private LocalDate receivedFrom;
  private LocalDate receivedTo;
  private ExchangeKind action;
  private State state;
  private final LazyDataModel<Row> model =
      new PagedModel<>(FIRST_PAGE, this::query, query -> {
        Page page = certificates.find(query);
        return new PagedModel.Fetched<>(page.rows(), page.total());
      }, row -> row.id().toString());

  private Query query(int first, int pageSize, Map<String, SortMeta> sortBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    Filter filter = new Filter(number, country, exporter, consignee, issuedFrom, issuedTo, receivedFrom, receivedTo, action, state);
    return sort == null
        ? new Query(filter, first, pageSize, null, false)
        : new Query(filter, first, pageSize, sort.getField(), sort.getOrder() != SortOrder.DESCENDING);
  }

  /** How many certificates the tenant received in all. */
  public long getTotal() {
    return certificates.find(new Query(Filter.none(), 0, 1, null, false)).total();
  }

  public LazyDataModel<Row> getModel() {
    return model;
  }

  public ExchangeKind[] getActions() {
    return ExchangeKind.certificateDocuments().toArray(ExchangeKind[]::new);
  }

  public State[] getStates() {
    return State.values();
  }

  public String getNumber() { return number; }
  public void setNumber(String v) { number = v; }
  public String getCountry() { return country; }
  public void setCountry(String v) { country = v; }
  public String getExporter() { return exporter; }
  public void setExporter(String v) { exporter = v; }
  public String getConsignee() { return consignee; }
  public void setConsignee(String v) { consignee = v; }
  public LocalDate getIssuedFrom() { return issuedFrom; }
  public void setIssuedFrom(LocalDate v) { issuedFrom = v; }
  public LocalDate getIssuedTo() { return issuedTo; }
  public void setIssuedTo(LocalDate v) { issuedTo = v; }
  public LocalDate getReceivedFrom() { return receivedFrom; }
  public void setReceivedFrom(LocalDate v) { receivedFrom = v; }
  public LocalDate getReceivedTo() { return receivedTo; }
  public void setReceivedTo(LocalDate v) { receivedTo = v; }
  public ExchangeKind getAction() { return action; }
  public void setAction(ExchangeKind v) { action = v; }
  public State getState() { return state; }
  public void setState(State v) { state = v; }
}
