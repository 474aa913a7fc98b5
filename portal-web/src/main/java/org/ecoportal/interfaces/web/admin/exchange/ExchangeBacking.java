package org.ecoportal.interfaces.web.admin.exchange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.ExchangeMonitor;
import org.ecoportal.application.ExchangeMonitor.Outgoing;
import org.ecoportal.domain.model.exchange.ExchangeStatus;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code /tenant-admin/exchange.xhtml}: the messages sent to partner economies, found by
 * status, partner and day, with what was sent and the partner's receipt.
 */
@Named("exchange")
@RequestScoped
public class ExchangeBacking {

  private static final int ROWS = 500;

  @EJB private ExchangeMonitor monitor;

  private String status;
  private String partner;
  private LocalDate from;
  private LocalDate to;
  private List<Outgoing> rows;
  private List<ExchangeMonitor.Incoming> received;
  private List<ExchangeMonitor.Refused> refused;

  public List<Outgoing> getRows() {
    if (rows == null) {
      rows = monitor.outgoing(wanted(), partner, from, to, ROWS);
    }
    return rows;
  }

  public List<ExchangeMonitor.Incoming> getReceived() {
    if (received == null) {
      received = monitor.incoming(partner, from, to, ROWS);
    }
    return received;
  }

  /** What the endpoint refused, in the chosen days. */
  public List<ExchangeMonitor.Refused> getRefused() {
    if (refused == null) {
      refused = monitor.refused(from, to, ROWS);
    }
    return refused;
  }

  public StreamedContent receivedDocument(UUID id) {
    return streamed(monitor.received(id));
  }

  public long getFailures() {
    return monitor.failures();
  }

  public long getRefusedThisWeek() {
    return monitor.refusedSince(Instant.now().minus(Duration.ofDays(7)));
  }

  public ExchangeStatus[] getStatuses() {
    return ExchangeStatus.values();
  }

  public void resend(UUID id) {
    try {
      monitor.resend(id);
      rows = null;
      org.ecoportal.interfaces.web.support.Messages.info("exchange.monitor.resent");
    } catch (org.ecoportal.domain.model.application.WorkflowException e) {
      org.ecoportal.interfaces.web.support.Messages.error(e.messageKey(), e.argument());
    }
  }

  public StreamedContent payload(UUID id) {
    return streamed(monitor.payload(id));
  }

  public StreamedContent receipt(UUID id) {
    return streamed(monitor.receipt(id));
  }

  private static StreamedContent streamed(Download download) {
    return DefaultStreamedContent.builder()
        .name(download.filename())
        .contentType(download.contentType())
        .contentLength((long) download.content().length)
        .stream(() -> new ByteArrayInputStream(download.content()))
        .build();
  }

  private ExchangeStatus wanted() {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return ExchangeStatus.valueOf(status);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getPartner() {
    return partner;
  }

  public void setPartner(String partner) {
    this.partner = partner;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
