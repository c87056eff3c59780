package mando.bootstrap.discord;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Checks Discord's Ed25519 signature over timestamp + raw body with the application's public key (Bouncy Castle's
 * lightweight API: no JCE provider to register, nothing reflective on the start path). Bouncy Castle's
 * verification does not stop at the first differing byte, so timing tells an attacker nothing.
 */
public final class SignatureVerifier {
    public static final int SIGNATURE_BYTES = 64;
    private final Ed25519PublicKeyParameters publicKey;

    /** @throws IllegalArgumentException if {@code publicKeyHex} is not a 32-byte hex key */
    public SignatureVerifier(String publicKeyHex) {
        byte[] key = Hex.decode(publicKeyHex == null ? null : publicKeyHex.strip(), 32);
        if (key == null) {
            throw new IllegalArgumentException("DISCORD_PUBLIC_KEY must be 64 hex characters (the application's "
                    + "public key from the developer portal)");
        }
        this.publicKey = new Ed25519PublicKeyParameters(key, 0);
    }

    /** True only for a well-formed hex signature of {@code timestamp + body} by the application's key. */
    public boolean verify(String signatureHex, String timestamp, byte[] body, int bodyLength) {
        byte[] signature = Hex.decode(signatureHex, SIGNATURE_BYTES);
        if (signature == null || timestamp == null) {
            return false;
        }
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(false, publicKey);
        byte[] ts = timestamp.getBytes(StandardCharsets.UTF_8);
        signer.update(ts, 0, ts.length);
        signer.update(body, 0, bodyLength);
        return signer.verifySignature(signature);
    }
}
