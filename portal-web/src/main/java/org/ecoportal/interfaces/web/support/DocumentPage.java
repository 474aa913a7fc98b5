package org.ecoportal.interfaces.web.support;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.NotFoundException;

/**
 * A page that shows one thing named by the view parameter {@code id}, read from a service, and
 * sends its document: an unknown, foreign or malformed id answers "not found". The detail is read
 * again after the view is restored elsewhere: it is not kept in the session.
 *
 * @param <D> what the service reads for the page
 */
public abstract class DocumentPage<D> implements Serializable {

  private static final long serialVersionUID = 1L;

  private String id;
  private UUID found;
  private transient D detail;

  /** What the page shows of {@code id}; {@link NotFoundException} if the caller may not see it. */
  protected abstract D read(UUID id);

  /** The document of {@code id}. */
  protected abstract Download document(UUID id);

  public void load() throws IOException {
    try {
      found = UUID.fromString(id == null ? "" : id);
      detail = read(found);
    } catch (NotFoundException | IllegalArgumentException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public D getDetail() {
    if (detail == null && found != null) {
      detail = read(found);
    }
    return detail;
  }

  /** Sends the document as the service gives it. */
  public void download() throws IOException {
    send(document(found));
  }

  /** Sends {@code download} as the answer to the current request. */
  protected static void send(Download download) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Downloads.send((HttpServletResponse) faces.getExternalContext().getResponse(), download);
    faces.responseComplete();
  }

  /** The id shown, once loaded. */
  protected UUID found() {
    return found;
  }

  /** Reads the detail again on its next use (after a change). */
  protected void reread() {
    detail = null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
