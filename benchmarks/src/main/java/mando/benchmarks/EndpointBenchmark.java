package mando.benchmarks;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mando.adapters.inmemory.InMemoryQueues;
import mando.application.AcceptInteraction;
import mando.application.MessageCodec;
import mando.bootstrap.discord.InteractionEndpoint;
import mando.bootstrap.discord.InteractionSigner;
import mando.bootstrap.discord.SampleInteractions;
import mando.bootstrap.discord.SignatureVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The warm path of the interactions endpoint, without HTTP: check the replay window, verify the Ed25519 signature,
 * parse, validate, encode and enqueue on the in-memory queue (whose consumer just counts). Each call gets a
 * different interaction, signed in advance, as Discord's would be.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EndpointBenchmark {
    private static final int DISTINCT = 1024;

    private InteractionEndpoint endpoint;
    private InMemoryQueues queues;
    private final AtomicLong consumed = new AtomicLong();
    private byte[][] bodies;
    private String[] signatures;
    private byte[] ping;
    private String pingSignature;
    private String timestamp;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        InteractionSigner signer = InteractionSigner.random();
        queues = new InMemoryQueues(new MessageCodec());
        queues.onRequests(message -> consumed.incrementAndGet(), 1);
        endpoint = new InteractionEndpoint(new SignatureVerifier(signer.publicKeyHex()),
                new AcceptInteraction(queues), Clock.systemUTC());
        timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String application = SampleInteractions.snowflake();
        bodies = new byte[DISTINCT][];
        signatures = new String[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            bodies[i] = SampleInteractions.command(SampleInteractions.snowflake(), application,
                    SampleInteractions.token(), "mando", Map.of("seed", (long) i, "layers", 3L));
            signatures[i] = signer.sign(timestamp, bodies[i]);
        }
        ping = SampleInteractions.ping(application);
        pingSignature = signer.sign(timestamp, ping);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        queues.close();
    }

    /** A signed /mando: verify, parse, validate options, encode and enqueue, answer {"type":5}. */
    @Benchmark
    public InteractionEndpoint.Response deferMando() {
        int i = next++ & (DISTINCT - 1);
        return endpoint.handle("POST", signatures[i], timestamp, bodies[i], bodies[i].length);
    }

    /** A signed PING: verify and parse only; the floor under {@link #deferMando}. */
    @Benchmark
    public InteractionEndpoint.Response pong() {
        return endpoint.handle("POST", pingSignature, timestamp, ping, ping.length);
    }
}
