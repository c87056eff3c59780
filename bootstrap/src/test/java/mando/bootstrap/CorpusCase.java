package mando.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mando.bootstrap.discord.InteractionSigner;
import mando.bootstrap.discord.SignedRequests;

/**
 * One file of the bad-input corpus under {@code src/test/resources/corpus/}, turned into the bytes and headers it
 * describes. The keys are documented in {@code corpus/README.md}; signatures are made at test time, with the clock
 * of the target, so the files hold no signature that could go stale.
 */
record CorpusCase(String folder, String name, Properties keys) {
    /** Signs what a case calls "another application's key". */
    static final InteractionSigner OTHER_KEY = InteractionSigner.fromSeed(new byte[32]);
    private static final Pattern RELATIVE_TIME = Pattern.compile("now([+-]\\d+)?");

    /** The request an HTTP case describes; {@code null} headers are not sent. */
    record HttpRequest(String method, byte[] body, String signature, String timestamp) {}

    /** Every case in {@code corpus/<folder>/}, sorted by name. */
    static List<CorpusCase> load(String folder) {
        try (Stream<Path> files = Files.list(Path.of(CorpusCase.class.getResource("/corpus/" + folder).toURI()))) {
            return files.filter(f -> f.toString().endsWith(".properties")).sorted().map(f -> read(folder, f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CorpusCase read(String folder, Path file) {
        Properties keys = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            keys.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
        if (!keys.containsKey("description")) {
            throw new IllegalArgumentException("corpus case " + name + " has no description");
        }
        return new CorpusCase(folder, name, keys);
    }

    String get(String key, String otherwise) {
        return keys.getProperty(key, otherwise);
    }

    String require(String key) {
        String value = keys.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("corpus case " + name + " lacks " + key);
        }
        return value;
    }

    int expectedStatus() {
        return Integer.parseInt(require("expect.status"));
    }

    /** Cases that only make sense over a real socket (a body that never ends) say {@code only = server}. */
    boolean serverOnly() {
        return "server".equals(get("only", ""));
    }

    /** The request, signed (or mis-signed, as the case says) for a server whose clock reads {@code nowEpochSecond}. */
    HttpRequest request(long nowEpochSecond) {
        byte[] body = bytes("body");
        String timestamp = timestamp(nowEpochSecond);
        String signedAt = timestamp != null ? timestamp : Long.toString(nowEpochSecond);
        return new HttpRequest(get("method", "POST"), body, signature(signedAt, body), timestamp);
    }

    /** True if the case sits on the replay window's edge, where a second's tick of a real clock would change it. */
    boolean clockSensitive() {
        Matcher m = RELATIVE_TIME.matcher(get("timestamp", "now"));
        return m.matches() && m.group(1) != null;
    }

    private String timestamp(long now) {
        String value = get("timestamp", "now");
        Matcher m = RELATIVE_TIME.matcher(value);
        if (m.matches()) {
            return Long.toString(now + (m.group(1) == null ? 0 : Long.parseLong(m.group(1))));
        }
        return "missing".equals(value) ? null : value;
    }

    private String signature(String timestamp, byte[] body) {
        String valid = SignedRequests.SIGNER.sign(timestamp, body);
        String how = get("signature", "valid");
        return switch (how) {
            case "valid" -> valid;
            case "missing" -> null;
            case "short" -> valid.substring(0, valid.length() - 2);
            case "long" -> valid + "00";
            case "non-hex" -> "zz" + valid.substring(2);
            case "uppercase" -> valid.toUpperCase(Locale.ROOT);
            case "other-key" -> OTHER_KEY.sign(timestamp, body);
            case "flip-last-byte" -> valid.substring(0, valid.length() - 2)
                    + String.format("%02x", Integer.parseInt(valid.substring(valid.length() - 2), 16) ^ 0x01);
            case "changed-body" -> {
                byte[] other = body.clone();
                other[other.length - 1] ^= 0x01;
                yield SignedRequests.SIGNER.sign(timestamp, other);
            }
            case "changed-timestamp" -> SignedRequests.SIGNER.sign(Long.toString(Long.parseLong(timestamp) - 1), body);
            default -> how;
        };
    }

    /**
     * The bytes a case gives under {@code key}: {@code key} as UTF-8 text, {@code key.base64}, {@code key.fixture}
     * (a file under {@code src/test/resources/}), or {@code key.prefix} + {@code key.repeat} x {@code key.times} +
     * {@code key.suffix}; empty if none is given.
     */
    byte[] bytes(String key) {
        if (keys.containsKey(key + ".base64")) {
            return Base64.getDecoder().decode(keys.getProperty(key + ".base64"));
        }
        if (keys.containsKey(key + ".fixture")) {
            try (InputStream in = CorpusCase.class.getResourceAsStream("/" + keys.getProperty(key + ".fixture"))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (keys.containsKey(key + ".repeat")) {
            String text = get(key + ".prefix", "")
                    + get(key + ".repeat", "").repeat(Integer.parseInt(require(key + ".times")))
                    + get(key + ".suffix", "");
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return get(key, "").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return folder + "/" + name;
    }
}
