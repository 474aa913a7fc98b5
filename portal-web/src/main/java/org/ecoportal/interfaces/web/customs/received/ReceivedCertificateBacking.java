package org.ecoportal.interfaces.web.customs.received;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.ReceivedCertificates;
import org.ecoportal.application.ReceivedCertificates.Detail;
import org.ecoportal.interfaces.web.support.Downloads;

/**
 * Backs {@code /customs-officer/received-certificate.xhtml?id=}: one received certificate as its
 * document states it, its signature checked again, what else arrived about it, and the document
 * itself as received.
 */
@Named("receivedCertificate")
@ViewScoped
public class ReceivedCertificateBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReceivedCertificates certificates;

  private String id;
  private UUID found;
  /** Read again after the view is restored elsewhere: the certificate's content is not kept in the session. */
  private transient Detail detail;

  public void load() throws IOException {
    try {
      found = UUID.fromString(id == null ? "" : id);
      detail = certificates.detail(found);
    } catch (NotFoundException | IllegalArgumentException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such certificate");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public Detail getDetail() {
    if (detail == null && found != null) {
      detail = certificates.detail(found);
    }
    return detail;
  }

  /** Sends the certificate's XML exactly as it arrived. */
  public void download() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    Downloads.send((HttpServletResponse) external.getResponse(), certificates.document(found));
    faces.responseComplete();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
