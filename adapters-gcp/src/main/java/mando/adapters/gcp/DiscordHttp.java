package mando.adapters.gcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mando.domain.port.DiscordException;

/**
 * Sends one request to Discord's API, riding out rate limits (429: wait {@code retry_after}) and transient failures
 * (5xx, network errors, timeouts: back off with jitter), both bounded so that a caller on a queue fails in good time
 * and lets the queue redeliver. Any other answer is returned for the caller to judge. Requests carry secrets in their
 * URL or headers, so nothing here ever logs a URL or a header: callers name the work ({@code what}) instead.
 */
final class DiscordHttp {
    /** The form Discord asks bots to use: {@code DiscordBot ($url, $versionNumber)}. */
    static final String USER_AGENT = "DiscordBot (https://github.com/mando-bot/mando, 0.1.0)";
    static final int MAX_ATTEMPTS = 4;
    /** A longer rate limit is left to the queue's redelivery rather than held in a function instance. */
    static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(10);
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(4);
    private static final JsonFactory JSON = new JsonFactory();
    private static final System.Logger LOG = System.getLogger(DiscordHttp.class.getName());

    /** How to wait between attempts; tests pass one that records instead of sleeping. */
    interface Sleeper {
        Sleeper REAL = d -> Thread.sleep(d.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    /** Status, the first {@link BoundedBody#MAX_BYTES} of the body, and the Retry-After header if any. */
    record Response(int status, byte[] body, Optional<String> retryAfterHeader) {
        String bodyExcerpt() {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.length() > 300 ? text.substring(0, 300) + "..." : text;
        }
    }

    private final Duration timeout;
    private final Sleeper sleeper;
    /** Made on first use, then shared: one connection pool per instance, nothing for instances never sending. */
    private final Lazy<HttpClient> client;

    DiscordHttp() {
        this(DEFAULT_TIMEOUT, Sleeper.REAL);
    }

    DiscordHttp(Duration timeout, Sleeper sleeper) {
        this.timeout = timeout;
        this.sleeper = sleeper;
        this.client = new Lazy<>(() -> HttpClient.newBuilder().connectTimeout(timeout).build());
    }

    /** Sends the request until Discord gives an answer other than 429 or 5xx, or the attempts run out. */
    Response send(HttpRequest.Builder builder, String what) {
        HttpRequest request = builder.timeout(timeout).header("User-Agent", USER_AGENT).build();
        for (int attempt = 1; ; attempt++) {
            String problem;
            Duration wait;
            IOException cause = null;
            try {
                Response response = exchange(request, what);
                if (response.status() == 429) {
                    wait = retryAfter(response.body(), response.retryAfterHeader());
                    problem = "rate limited for " + wait.toMillis() + " ms";
                    if (wait.compareTo(MAX_RATE_LIMIT_WAIT) > 0) {
                        throw new DiscordException(what + ": " + problem + ", longer than we wait in one call", null);
                    }
                } else if (response.status() >= 500) {
                    wait = backoff(attempt);
                    problem = "Discord answered " + response.status();
                } else {
                    return response;
                }
            } catch (IOException e) {
                wait = backoff(attempt);
                // The class name only: some messages may echo the request, and its URL can hold a token.
                problem = "request failed (" + e.getClass().getSimpleName() + ")";
                cause = e;
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw new DiscordException(what + ": " + problem + " on attempt " + attempt + " of " + MAX_ATTEMPTS
                        + ", giving up", cause);
            }
            LOG.log(Level.WARNING, what + ": " + problem + " on attempt " + attempt + " of " + MAX_ATTEMPTS
                    + ", trying again in " + wait.toMillis() + " ms");
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DiscordException(what + ": interrupted while waiting to retry", e);
            }
        }
    }

    /** One attempt, bounded in time as a whole: the request timeout alone stops at the headers, not the body. */
    private Response exchange(HttpRequest request, String what) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> future = client.get().sendAsync(request, BoundedBody.handler());
        try {
            HttpResponse<byte[]> r = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Retry-After"));
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete response within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("request failed", e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DiscordException(what + ": interrupted", e);
        }
    }

    /** Discord's JSON {@code retry_after} (seconds, fractional), else the Retry-After header, else one second. */
    static Duration retryAfter(byte[] body, Optional<String> header) {
        Double seconds = retryAfterInBody(body);
        if (seconds == null && header.isPresent()) {
            try {
                seconds = Double.parseDouble(header.get().strip());
            } catch (NumberFormatException e) {
                seconds = null;
            }
        }
        if (seconds == null || seconds.isNaN()) {
            return Duration.ofSeconds(1);
        }
        return Duration.ofMillis((long) Math.ceil(Math.max(0, Math.min(seconds, 86_400)) * 1000));
    }

    private static Double retryAfterInBody(byte[] body) {
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("retry_after".equals(name) && value.isNumeric()) {
                    return p.getDoubleValue();
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** Exponential from half a second, with "equal jitter" so that many instances do not retry in step. */
    private static Duration backoff(int attempt) {
        long full = Math.min(FIRST_BACKOFF.toMillis() << (attempt - 1), MAX_BACKOFF.toMillis());
        return Duration.ofMillis(full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1));
    }
}
