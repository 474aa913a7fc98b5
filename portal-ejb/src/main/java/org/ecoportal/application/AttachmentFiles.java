package org.ecoportal.application;

import java.util.UUID;

/** The content of attached documents, for the people who may see the application. */
public interface AttachmentFiles {

  /** A document to send to the browser. */
  record Download(String filename, String contentType, byte[] content) {}

  /** The document, if the caller's organisation is the application's exporter or its chamber. */
  Download download(UUID attachmentId);
}
