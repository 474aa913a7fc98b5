package org.ecoportal.application;

import org.ecoportal.application.AttachmentFiles.Download;

/** The signed XML and the PDF of issued certificates, for the people who may see them. */
public interface CertificateFiles {

  /** The two documents every issued certificate has. */
  enum Format {
    XML("application/xml", ".xml"),
    PDF("application/pdf", ".pdf");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    public String contentType() {
      return contentType;
    }

    public String extension() {
      return extension;
    }
  }

  /**
   * The certificate's document, if the caller's organisation is its exporter or its issuing
   * chamber, in the caller's tenant.
   *
   * @throws NotFoundException for an unknown number and for a certificate the caller may not see
   */
  Download download(String number, Format format);
}
