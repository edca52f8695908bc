package cn.sz.dataexchange.contracts.signing.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Set;

/** A Nimbus {@link JWSSigner} for EdDSA over Ed25519 that uses the JDK's own Ed25519 (Java 15+) instead of Tink. */
public final class JdkEd25519Signer implements JWSSigner {

    private final PrivateKey privateKey;
    private final JCAContext jcaContext = new JCAContext();

    public JdkEd25519Signer(byte[] rawPrivateKey) throws JOSEException {
        try {
            this.privateKey = Ed25519Keys.privateKey(rawPrivateKey);
        } catch (GeneralSecurityException e) {
            throw new JOSEException("not a usable Ed25519 private key: " + e.getMessage(), e);
        }
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
            throw new JOSEException("this signer only does EdDSA");
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(signingInput);
            return Base64URL.encode(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new JOSEException("Ed25519 signing failed: " + e.getMessage(), e);
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
