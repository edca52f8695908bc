package cn.sz.dataexchange.contracts.signing.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Set;

/** A Nimbus {@link JWSVerifier} for EdDSA over Ed25519 on the JDK's own Ed25519 (Java 15+). */
public final class JdkEd25519Verifier implements JWSVerifier {

    private final PublicKey publicKey;
    private final JCAContext jcaContext = new JCAContext();

    public JdkEd25519Verifier(byte[] rawPublicKey) throws JOSEException {
        try {
            this.publicKey = Ed25519Keys.publicKey(rawPublicKey);
        } catch (GeneralSecurityException e) {
            throw new JOSEException("not a usable Ed25519 public key: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean verify(JWSHeader header, byte[] signedContent, Base64URL signature) throws JOSEException {
        if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
            return false;
        }
        byte[] raw = signature.decode();
        if (raw.length != 64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(signedContent);
            return verifier.verify(raw);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.EdDSA);
    }

    @Override
    public JCAContext getJCAContext() {
        return jcaContext;
    }
}
