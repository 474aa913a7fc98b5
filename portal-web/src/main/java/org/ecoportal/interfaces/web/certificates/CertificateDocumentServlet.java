package org.ecoportal.interfaces.web.certificates;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.CertificateFiles;
import org.ecoportal.application.CertificateFiles.Format;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.interfaces.web.support.Downloads;

/**
 * {@code /<tenant>/certificates/<number>.xml} and {@code .pdf}: the signed UBL document and the PDF
 * of an issued certificate, for its exporter and its issuing chamber; anyone else gets "not found".
 */
@WebServlet(
    name = "CertificateDocumentServlet",
    urlPatterns = {"/kr/certificates/*", "/tw/certificates/*", "/nz/certificates/*", "/cn/certificates/*"})
public class CertificateDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    int dot = name.lastIndexOf('.');
    Format format = null;
    if (dot > 0) {
      String extension = name.substring(dot).toLowerCase(Locale.ROOT);
      for (Format f : Format.values()) {
        if (f.extension().equals(extension)) {
          format = f;
        }
      }
    }
    if (format == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Download download;
    try {
      download = files.download(name.substring(0, dot), format);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Downloads.send(response, download);
  }
}
