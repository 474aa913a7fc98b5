package org.ecoportal.infrastructure.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Signs an XML document with an enveloped XAdES-BES (baseline B) signature: SHA-256, the whole
 * document as signed content, the signer's certificate in the signature and bound to it by the
 * signed properties.
 *
 * <p>In a UBL document the signature goes where UBL 2.1 puts enveloped signatures, so the signed
 * document still validates against the UBL schema: {@code ext:UBLExtensions / ext:UBLExtension /
 * ext:ExtensionContent / sig:UBLDocumentSignatures / sac:SignatureInformation}, referring to the
 * document's {@code cac:Signature}. In any other document it is the root's last child.
 */
@ApplicationScoped
public class XmlSigner {

  private static final Logger LOG = Logger.getLogger(XmlSigner.class.getName());

  static final String UBL_DOCUMENT_PREFIX = "urn:oasis:names:specification:ubl:schema:xsd:";
  static final String EXT = UBL_DOCUMENT_PREFIX + "CommonExtensionComponents-2";
  static final String SIG = UBL_DOCUMENT_PREFIX + "CommonSignatureComponents-2";
  static final String SAC = UBL_DOCUMENT_PREFIX + "SignatureAggregateComponents-2";
  static final String SBC = UBL_DOCUMENT_PREFIX + "SignatureBasicComponents-2";
  static final String CBC = UBL_DOCUMENT_PREFIX + "CommonBasicComponents-2";
  static final String CAC = UBL_DOCUMENT_PREFIX + "CommonAggregateComponents-2";
  static final String ENVELOPED_XADES = "urn:oasis:names:specification:ubl:dsig:enveloped:xades";

  /** The signature information this signer adds is the document's last one. */
  private static final String NEW_SIGNATURE_PLACE =
      "(//*[local-name()='SignatureInformation' and namespace-uri()='" + SAC + "'])[last()]";

  /**
   * The document with the signature added.
   *
   * @param xml a well-formed XML document (UTF-8 or as its declaration says)
   * @param key the signer's private key (RSA or EC)
   * @param chain the signer's certificate first, then its issuers, if the verifier needs them
   * @throws SigningException when the document is not XML or the key cannot sign
   */
  public byte[] sign(byte[] xml, PrivateKey key, X509Certificate... chain) {
    Objects.requireNonNull(key, "key");
    if (chain == null || chain.length == 0 || chain[0] == null) {
      throw new IllegalArgumentException("The signer's certificate is needed");
    }
    Document document;
    try {
      document = SafeXml.parse(xml);
    } catch (IllegalArgumentException notXml) {
      throw new SigningException("Cannot sign: " + notXml.getMessage(), notXml);
    }
    boolean ubl = placeInUblExtension(document);
    DSSDocument toSign = new InMemoryDocument(serialize(document), "document.xml", MimeTypeEnum.XML);

    XAdESSignatureParameters parameters = new XAdESSignatureParameters();
    parameters.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
    parameters.setSignaturePackaging(SignaturePackaging.ENVELOPED);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(new CertificateToken(chain[0]));
    List<CertificateToken> issuers = new ArrayList<>();
    for (int i = 1; i < chain.length; i++) {
      issuers.add(new CertificateToken(chain[i]));
    }
    parameters.setCertificateChain(issuers);
    parameters.bLevel().setSigningDate(new Date());
    if (ubl) {
      parameters.setXPathLocationString(NEW_SIGNATURE_PLACE);
    }

    try {
      // No revocation or trust checks at signing time: the chamber signs with its own key.
      XAdESService service = new XAdESService(new CommonCertificateVerifier());
      ToBeSigned data = service.getDataToSign(toSign, parameters);
      SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(EncryptionAlgorithm.forKey(key), DigestAlgorithm.SHA256);
      Signature signer = Signature.getInstance(algorithm.getJCEId());
      signer.initSign(key);
      signer.update(data.getBytes());
      byte[] value = signer.sign();
      if (!belongsToCertificate(algorithm, data, value, chain[0])) {
        throw new SigningException(
            "The private key does not belong to the certificate of " + chain[0].getSubjectX500Principal().getName());
      }
      DSSDocument signed = service.signDocument(toSign, parameters, new SignatureValue(algorithm, value));
      byte[] result = bytes(signed);
      LOG.fine(() -> "Signed a document as " + chain[0].getSubjectX500Principal().getName() + ", " + result.length + " bytes");
      return result;
    } catch (SigningException e) {
      throw e;
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SigningException("Cannot sign as " + chain[0].getSubjectX500Principal().getName() + ": " + e.getMessage(), e);
    }
  }

  /** A signature nobody could verify is refused here rather than found out by the recipient. */
  private static boolean belongsToCertificate(
      SignatureAlgorithm algorithm, ToBeSigned data, byte[] value, X509Certificate certificate) throws GeneralSecurityException {
    Signature check = Signature.getInstance(algorithm.getJCEId());
    try {
      check.initVerify(certificate.getPublicKey());
    } catch (java.security.InvalidKeyException otherKeyType) {
      return false;
    }
    check.update(data.getBytes());
    return check.verify(value);
  }

  /**
   * Adds a UBL 2.1 signature extension, with an empty place for the signature, to a UBL document.
   * Returns {@code false}, changing nothing, for a document that is not UBL.
   */
  private static boolean placeInUblExtension(Document document) {
    Element root = document.getDocumentElement();
    String namespace = root.getNamespaceURI();
    if (namespace == null || !namespace.startsWith(UBL_DOCUMENT_PREFIX)) {
      return false;
    }
    Element extensions = firstChild(root, EXT, "UBLExtensions");
    if (extensions == null) {
      // UBLExtensions comes first in every UBL document.
      extensions = document.createElementNS(EXT, "ext:UBLExtensions");
      root.insertBefore(extensions, firstElement(root));
    }
    Element extension = append(extensions, EXT, "ext:UBLExtension");
    append(extension, EXT, "ext:ExtensionURI").setTextContent(ENVELOPED_XADES);
    Element content = append(extension, EXT, "ext:ExtensionContent");
    Element signatures = append(content, SIG, "sig:UBLDocumentSignatures");
    Element information = append(signatures, SAC, "sac:SignatureInformation");
    int number = document.getElementsByTagNameNS(SAC, "SignatureInformation").getLength();
    append(information, CBC, "cbc:ID").setTextContent("urn:oasis:names:specification:ubl:signature:" + number);
    String announced = announcedSignatureId(root);
    if (announced != null) {
      append(information, SBC, "sbc:ReferencedSignatureID").setTextContent(announced);
    }
    return true;
  }

  /** The ID of the document's {@code cac:Signature} that announces an enveloped XAdES signature. */
  private static String announcedSignatureId(Element root) {
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element signature && CAC.equals(n.getNamespaceURI()) && "Signature".equals(n.getLocalName())) {
        Element method = firstChild(signature, CBC, "SignatureMethod");
        Element id = firstChild(signature, CBC, "ID");
        if (id != null && (method == null || ENVELOPED_XADES.equals(method.getTextContent().trim()))) {
          return id.getTextContent().trim();
        }
      }
    }
    return null;
  }

  private static Element firstChild(Element parent, String namespace, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static Node firstElement(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        return n;
      }
    }
    return null;
  }

  private static Element append(Element parent, String namespace, String qualifiedName) {
    Element child = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
    parent.appendChild(child);
    return child;
  }

  private static byte[] serialize(Document document) {
    try {
      // An identity transform of a document already parsed without DOCTYPE: nothing external to reach.
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new SigningException("Cannot prepare the document for signing", e);
    }
  }

  private static byte[] bytes(DSSDocument document) {
    try (InputStream in = document.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new SigningException("Cannot read the signed document", e);
    }
  }
}
