package cn.sz.dataexchange.contracts.signing;

/**
 * The protected JWS header parameters this exchange uses, besides "alg" and "kid". All are inside
 * the signature; none is marked "crit", so a generic JWS library can still verify the signatures.
 */
public final class JwsHeaders {

    /** "typ" of a party's signature over a contract. */
    public static final String TYPE_CONTRACT = "dex-contract+jws";
    /** "typ" of a buyer's delivery receipt. */
    public static final String TYPE_RECEIPT = "dex-receipt+jws";
    /** "typ" of the exchange's signature over a document it issues (e.g. an enforcement decision). */
    public static final String TYPE_DOCUMENT = "dex-document+jws";
    /** In a document signature: what kind of document the signer meant to sign. */
    public static final String DOCUMENT_KIND = "dex_doc";
    /** Signing time, NumericDate (seconds since the epoch), as in RFC 7519. */
    public static final String SIGNED_AT = "iat";
    /** The signer's role in the contract: seller, buyer or exchange. */
    public static final String ROLE = "dex_role";
    /** The contract id the signer meant to sign. */
    public static final String CONTRACT_ID = "dex_cid";
    /** Base64url SHA-256 of the canonical contract bytes the signer meant to sign. */
    public static final String CONTRACT_SHA256 = "dex_sha256";
    /** In the exchange's countersignature: base64url SHA-256 of each party signature's compact JWS text. */
    public static final String COUNTERSIGNS = "dex_countersigns";

    private JwsHeaders() {
    }
}
