import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.Random;

/**
 * What the signatures of one trade cost on this JVM, one thread: ES256 (P-256) signing and
 * verification through nimbus-jose-jwt, as the exchange and its parties use them, over a payload
 * the size of a canonical contract. A trade needs, at the exchange, four verifications (each party's
 * signature when it arrives, the seller's again before countersigning, the receipt) and one
 * signature (the countersignature), and at the parties three signatures (seller, buyer, receipt).
 * Prints the per-operation times and the rate the signatures alone would allow on CORES cores.
 * Usage: java -cp LIBS SignatureFloor.java [CORES=2] [TRANSITIONS_PER_TRADE=8]
 */
public final class SignatureFloor {
    public static void main(String[] args) throws Exception {
        int cores = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int transitionsPerTrade = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        ECDSASigner signer = new ECDSASigner(key);
        ECDSAVerifier verifier = new ECDSAVerifier(key.toPublicJWK());
        byte[] contract = new byte[6_000];
        new Random(20261123).nextBytes(contract);
        double signMs = 0;
        double verifyMs = 0;
        for (int round = 0; round < 4; round++) { // the first rounds warm the JIT up; the last one counts
            int n = 1_500;
            JWSObject last = null;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                last = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload(contract));
                last.sign(signer);
            }
            long t1 = System.nanoTime();
            String compact = last.serialize();
            for (int i = 0; i < n; i++) {
                if (!JWSObject.parse(compact).verify(verifier)) {
                    throw new IllegalStateException("a signature just made does not verify");
                }
            }
            long t2 = System.nanoTime();
            signMs = (t1 - t0) / 1e6 / n;
            verifyMs = (t2 - t1) / 1e6 / n;
        }
        double exchangeMs = 4 * verifyMs + signMs;
        double partiesMs = 3 * signMs;
        double perTradeMs = exchangeMs + partiesMs;
        double tradesPerSecond = cores * 1000 / perTradeMs;
        System.out.printf("SIGNATURES java=%s sign_ms=%.3f verify_ms=%.3f exchange_ms_per_trade=%.2f "
                        + "parties_ms_per_trade=%.2f%n", System.getProperty("java.version"), signMs, verifyMs,
                exchangeMs, partiesMs);
        System.out.printf("SIGNATURE_BOUND cores=%d trades_per_s=%.0f transitions_per_s=%.0f%n", cores,
                tradesPerSecond, tradesPerSecond * transitionsPerTrade);
    }
}
