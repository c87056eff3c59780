package mando.bootstrap.discord;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Signs interactions as Discord does, with a key of our own: for the demo and for tests. The public key it reports
 * is what the endpoint is then configured with.
 */
public final class InteractionSigner {
    private final Ed25519PrivateKeyParameters privateKey;

    private InteractionSigner(Ed25519PrivateKeyParameters privateKey) {
        this.privateKey = privateKey;
    }

    /** A fresh random key pair, for a demo run. */
    public static InteractionSigner random() {
        return new InteractionSigner(new Ed25519PrivateKeyParameters(new SecureRandom()));
    }

    /** A key pair derived from a 32-byte seed, so tests are repeatable. */
    public static InteractionSigner fromSeed(byte[] seed32) {
        return new InteractionSigner(new Ed25519PrivateKeyParameters(seed32, 0));
    }

    public String publicKeyHex() {
        return HexFormat.of().formatHex(privateKey.generatePublicKey().getEncoded());
    }

    /** The {@code X-Signature-Ed25519} value for this timestamp and body. */
    public String sign(String timestamp, byte[] body) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        byte[] ts = timestamp.getBytes(StandardCharsets.UTF_8);
        signer.update(ts, 0, ts.length);
        signer.update(body, 0, body.length);
        return HexFormat.of().formatHex(signer.generateSignature());
    }
}
