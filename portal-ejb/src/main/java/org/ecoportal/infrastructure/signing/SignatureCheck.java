package org.ecoportal.infrastructure.signing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.Security;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.spec.XPathFilter2ParameterSpec;
import javax.xml.crypto.dsig.spec.XPathType;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the enveloped XAdES signature of a certificate document, as the public verification page
 * and a receiving authority do. It uses the JDK's own XML signature implementation (an independent
 * check of what DSS signed) and asks of a signature that:
 *
 * <ul>
 *   <li>it is the document's only signature, and one of its references covers the whole document
 *       (only the signature itself left out), so no byte of the content can change unnoticed;
 *   <li>its signed XAdES properties name, by digest, the certificate it carries, and are signed;
 *   <li>the signature value and every digest are intact;
 *   <li>the signer's certificate was valid at the signing time the signature states;
 *   <li>when asked, the signer is the expected (trusted) certificate.
 * </ul>
 *
 * <p>Nothing escapes as an exception: a document that is unsigned, malformed or altered gives a
 * {@link Result} whose {@link Result#failure()} says why in words.
 */
@ApplicationScoped
public class SignatureCheck {

  private static final Logger LOG = Logger.getLogger(SignatureCheck.class.getName());

  static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
  static final String SIGNED_PROPERTIES = "http://uri.etsi.org/01903#SignedProperties";
  private static final String SECURE_VALIDATION = "org.jcp.xml.dsig.secureValidation";

  private static final Set<String> CANONICALIZATIONS =
      Set.of(
          CanonicalizationMethod.INCLUSIVE,
          CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
          CanonicalizationMethod.EXCLUSIVE,
          CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
          "http://www.w3.org/2006/12/xml-c14n11",
          "http://www.w3.org/2006/12/xml-c14n11#WithComments");

  /** XPath filters that take exactly the signature elements out of the signed content. */
  private static final Set<String> SIGNATURES = Set.of("/descendant::ds:Signature", "//ds:Signature");

  private static final Map<String, String> DIGESTS =
      Map.of(
          "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256",
          "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384",
          "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512",
          "http://www.w3.org/2000/09/xmldsig#sha1", "SHA-1");

  /** Whether the signer is the certificate the caller trusts. */
  public enum SignerMatch {
    /** The signer is the expected certificate. */
    MATCHES,
    /** Someone else signed. */
    DIFFERS,
    /** No expected signer was given, or the signature failed before the signer could be compared. */
    NOT_CHECKED
  }

  /** The certificate that signed, as a person reads it. */
  public record Signer(
      String subject, String issuer, BigInteger serialNumber, Instant notBefore, Instant notAfter, X509Certificate certificate) {

    static Signer of(X509Certificate certificate) {
      return new Signer(
          certificate.getSubjectX500Principal().getName(),
          certificate.getIssuerX500Principal().getName(),
          certificate.getSerialNumber(),
          certificate.getNotBefore().toInstant(),
          certificate.getNotAfter().toInstant(),
          certificate);
    }
  }

  /**
   * What the check found.
   *
   * @param intact the signature value and all digests match: the document is as it was signed
   * @param signer the certificate named by the signature, or {@code null} when none could be found
   * @param signingTime the signing time the signature states, or {@code null}
   * @param signerMatch whether the signer is the expected one
   * @param failure why the document does not pass, or {@code null} when it does
   */
  public record Result(boolean intact, Signer signer, Instant signingTime, SignerMatch signerMatch, String failure) {

    /** The document passes every check asked for. */
    public boolean valid() {
      return failure == null;
    }

    static Result failed(String failure) {
      return new Result(false, null, null, SignerMatch.NOT_CHECKED, failure);
    }
  }

  /** Checks the signature and that the document is unaltered; does not judge who signed. */
  public Result verify(byte[] signedXml) {
    return check(signedXml, null);
  }

  /** As {@link #verify(byte[])}, and the signer must be {@code expectedSigner}. */
  public Result verify(byte[] signedXml, X509Certificate expectedSigner) {
    Objects.requireNonNull(expectedSigner, "expectedSigner");
    return check(signedXml, expectedSigner);
  }

  private Result check(byte[] xml, X509Certificate expected) {
    try {
      Result result = checked(xml, expected);
      LOG.fine(() -> "Signature check: " + (result.valid() ? "valid" : result.failure()));
      return result;
    } catch (RuntimeException unexpected) {
      LOG.log(Level.WARNING, "A signature check failed unexpectedly", unexpected);
      return Result.failed("The signature could not be checked: " + unexpected.getMessage());
    }
  }

  private Result checked(byte[] xml, X509Certificate expected) {
    Document document;
    try {
      document = SafeXml.parse(xml);
    } catch (IllegalArgumentException notXml) {
      return Result.failed("Not a signed document: " + notXml.getMessage());
    }
    NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
    if (signatures.getLength() == 0) {
      return Result.failed("The document is not signed");
    }
    if (signatures.getLength() > 1) {
      return Result.failed("The document carries " + signatures.getLength() + " signatures; it should carry exactly one");
    }
    Element signatureElement = (Element) signatures.item(0);

    List<X509Certificate> carried;
    try {
      carried = carriedCertificates(signatureElement);
    } catch (CertificateException e) {
      return Result.failed("The certificate in the signature cannot be read: " + e.getMessage());
    }
    if (carried.isEmpty()) {
      return Result.failed("The signature does not carry its signer's certificate");
    }
    Element signedProperties = signedProperties(signatureElement);
    if (signedProperties == null) {
      return Result.failed("Not a XAdES signature: it has no signed properties");
    }
    X509Certificate certificate;
    try {
      certificate = boundCertificate(signedProperties, carried);
    } catch (GeneralSecurityException e) {
      return Result.failed("The signing certificate named in the signed properties cannot be checked: " + e.getMessage());
    }
    if (certificate == null) {
      return Result.failed("The signed properties do not name a certificate that the signature carries");
    }
    Signer signer = Signer.of(certificate);
    Instant signingTime = signingTime(signedProperties);

    DOMValidateContext context = new DOMValidateContext(certificate.getPublicKey(), signatureElement);
    context.setProperty(SECURE_VALIDATION, Boolean.TRUE);
    String duplicate = registerIds(document.getDocumentElement(), context, new HashSet<>());
    if (duplicate != null) {
      return new Result(false, signer, signingTime, SignerMatch.NOT_CHECKED,
          "Two elements of the document have the same Id '" + duplicate + "'; the signed content is ambiguous");
    }

    XMLSignature signature;
    try {
      signature = signatureFactory().unmarshalXMLSignature(context);
    } catch (MarshalException e) {
      return new Result(false, signer, signingTime, SignerMatch.NOT_CHECKED, "The signature is malformed: " + e.getMessage());
    }
    String coverage = coverageProblem(signature, signedProperties);
    if (coverage != null) {
      return new Result(false, signer, signingTime, SignerMatch.NOT_CHECKED, coverage);
    }

    try {
      if (!signature.validate(context)) {
        return new Result(false, signer, signingTime, SignerMatch.NOT_CHECKED, whatBroke(signature, context));
      }
    } catch (XMLSignatureException e) {
      return new Result(false, signer, signingTime, SignerMatch.NOT_CHECKED, "The signature cannot be verified: " + e.getMessage());
    }

    if (signingTime != null) {
      try {
        certificate.checkValidity(java.util.Date.from(signingTime));
      } catch (CertificateException e) {
        return new Result(true, signer, signingTime, SignerMatch.NOT_CHECKED,
            "The signer's certificate was not valid at the stated signing time " + signingTime);
      }
    }
    if (expected == null) {
      return new Result(true, signer, signingTime, SignerMatch.NOT_CHECKED, null);
    }
    if (!sameCertificate(expected, certificate)) {
      return new Result(true, signer, signingTime, SignerMatch.DIFFERS,
          "Signed by " + signer.subject() + " (serial " + signer.serialNumber().toString(16) + "), not by the expected "
              + expected.getSubjectX500Principal().getName() + " (serial " + expected.getSerialNumber().toString(16) + ")");
    }
    return new Result(true, signer, signingTime, SignerMatch.MATCHES, null);
  }

  /** The signature must sign the whole document and its own signed properties. */
  private static String coverageProblem(XMLSignature signature, Element signedProperties) {
    boolean wholeDocument = false;
    boolean properties = false;
    String propertiesUri = "#" + signedProperties.getAttribute("Id");
    for (Object item : signature.getSignedInfo().getReferences()) {
      Reference reference = (Reference) item;
      String uri = reference.getURI();
      if ("".equals(uri) && onlyWholeDocumentTransforms(reference)) {
        wholeDocument = true;
      }
      if (SIGNED_PROPERTIES.equals(reference.getType()) && propertiesUri.equals(uri)) {
        properties = true;
      }
    }
    if (!wholeDocument) {
      return "The signature does not cover the whole document";
    }
    if (!properties) {
      return "The signature does not sign its XAdES signed properties";
    }
    return null;
  }

  /**
   * True when the reference's transforms only take the signature out (the enveloped-signature
   * transform, or the XPath filter that subtracts {@code ds:Signature} elements, as DSS writes it)
   * and canonicalize: anything else might leave part of the content unsigned.
   */
  private static boolean onlyWholeDocumentTransforms(Reference reference) {
    boolean signatureTakenOut = false;
    for (Object item : reference.getTransforms()) {
      Transform transform = (Transform) item;
      String algorithm = transform.getAlgorithm();
      if (Transform.XPATH2.equals(algorithm) && subtractsSignaturesOnly(transform)) {
        signatureTakenOut = true;
      } else if (Transform.ENVELOPED.equals(algorithm)) {
        signatureTakenOut = true;
      } else if (!CANONICALIZATIONS.contains(algorithm)) {
        return false;
      }
    }
    return signatureTakenOut;
  }

  private static boolean subtractsSignaturesOnly(Transform transform) {
    if (!(transform.getParameterSpec() instanceof XPathFilter2ParameterSpec filter)) {
      return false;
    }
    for (Object item : filter.getXPathList()) {
      XPathType xpath = (XPathType) item;
      if (xpath.getFilter() != XPathType.Filter.SUBTRACT || !SIGNATURES.contains(xpath.getExpression().trim())) {
        return false;
      }
    }
    return !filter.getXPathList().isEmpty();
  }

  /** After a failed validation: says whether the content, the properties or the value broke. */
  private static String whatBroke(XMLSignature signature, DOMValidateContext context) {
    try {
      for (Object item : signature.getSignedInfo().getReferences()) {
        Reference reference = (Reference) item;
        if (!reference.validate(context)) {
          if ("".equals(reference.getURI())) {
            return "The document was altered after it was signed";
          }
          if (SIGNED_PROPERTIES.equals(reference.getType())) {
            return "The signature's signed properties were altered";
          }
          return "Signed part " + reference.getURI() + " was altered";
        }
      }
      if (!signature.getSignatureValue().validate(context)) {
        return "The signature value does not match the signer's key: the signature was altered or made with another key";
      }
    } catch (XMLSignatureException e) {
      return "The signature cannot be verified: " + e.getMessage();
    }
    return "The signature is not valid";
  }

  private static List<X509Certificate> carriedCertificates(Element signature) throws CertificateException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> certificates = new ArrayList<>();
    Element keyInfo = child(signature, XMLSignature.XMLNS, "KeyInfo");
    if (keyInfo == null) {
      return certificates;
    }
    for (Element data : children(keyInfo, XMLSignature.XMLNS, "X509Data")) {
      for (Element encoded : children(data, XMLSignature.XMLNS, "X509Certificate")) {
        byte[] der = Base64.getMimeDecoder().decode(encoded.getTextContent());
        certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
      }
    }
    return certificates;
  }

  /** This signature's {@code xades:SignedProperties}, found through its own QualifyingProperties. */
  private static Element signedProperties(Element signature) {
    String target = "#" + signature.getAttribute("Id");
    for (Element object : children(signature, XMLSignature.XMLNS, "Object")) {
      for (Element qualifying : children(object, XADES, "QualifyingProperties")) {
        if (target.equals(qualifying.getAttribute("Target"))) {
          return child(qualifying, XADES, "SignedProperties");
        }
      }
    }
    return null;
  }

  /** The carried certificate whose digest the signed properties state (SigningCertificateV2 or V1). */
  private static X509Certificate boundCertificate(Element signedProperties, List<X509Certificate> carried)
      throws GeneralSecurityException {
    Element signatureProperties = child(signedProperties, XADES, "SignedSignatureProperties");
    if (signatureProperties == null) {
      return null;
    }
    Element signingCertificate = child(signatureProperties, XADES, "SigningCertificateV2");
    if (signingCertificate == null) {
      signingCertificate = child(signatureProperties, XADES, "SigningCertificate");
    }
    if (signingCertificate == null) {
      return null;
    }
    for (Element cert : children(signingCertificate, XADES, "Cert")) {
      Element digest = child(cert, XADES, "CertDigest");
      Element method = digest == null ? null : child(digest, XMLSignature.XMLNS, "DigestMethod");
      Element value = digest == null ? null : child(digest, XMLSignature.XMLNS, "DigestValue");
      if (method == null || value == null) {
        continue;
      }
      String algorithm = DIGESTS.get(method.getAttribute("Algorithm"));
      if (algorithm == null) {
        continue;
      }
      byte[] stated = Base64.getMimeDecoder().decode(value.getTextContent());
      for (X509Certificate certificate : carried) {
        byte[] actual = MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
        if (MessageDigest.isEqual(stated, actual)) {
          return certificate;
        }
      }
    }
    return null;
  }

  private static Instant signingTime(Element signedProperties) {
    Element signatureProperties = child(signedProperties, XADES, "SignedSignatureProperties");
    Element time = signatureProperties == null ? null : child(signatureProperties, XADES, "SigningTime");
    if (time == null) {
      return null;
    }
    try {
      return DatatypeFactory.newInstance().newXMLGregorianCalendar(time.getTextContent().trim()).toGregorianCalendar().toInstant();
    } catch (DatatypeConfigurationException | IllegalArgumentException unreadable) {
      return null;
    }
  }

  /**
   * Tells the validator which attributes are IDs (XML signatures refer to parts by {@code Id}).
   * Returns an Id used twice, which would let a signature point at one element while a reader
   * looks at another, or {@code null}.
   */
  private static String registerIds(Element element, DOMValidateContext context, Set<String> seen) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (attribute.getNamespaceURI() == null && "Id".equals(attribute.getLocalName())) {
        if (!seen.add(attribute.getValue())) {
          return attribute.getValue();
        }
        context.setIdAttributeNS(element, null, "Id");
      }
    }
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        String duplicate = registerIds(child, context, seen);
        if (duplicate != null) {
          return duplicate;
        }
      }
    }
    return null;
  }

  /**
   * The JDK's XML signature implementation, even when another library (e.g. Apache Santuario
   * through WSS4J) registered its own provider JVM-wide ahead of it.
   */
  private static XMLSignatureFactory signatureFactory() {
    Provider jdk = Security.getProvider("XMLDSig");
    return jdk != null ? XMLSignatureFactory.getInstance("DOM", jdk) : XMLSignatureFactory.getInstance("DOM");
  }

  private static boolean sameCertificate(X509Certificate a, X509Certificate b) {
    try {
      return Arrays.equals(a.getEncoded(), b.getEncoded());
    } catch (CertificateException e) {
      return false;
    }
  }

  private static Element child(Element parent, String namespace, String localName) {
    List<Element> found = children(parent, namespace, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }
}
