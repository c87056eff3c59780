package mando.adapters.gcp.testing;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.rpc.FixedTransportChannelProvider;
import com.google.api.gax.rpc.TransportChannelProvider;
import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.cloud.pubsub.v1.SubscriptionAdminSettings;
import com.google.cloud.pubsub.v1.TopicAdminClient;
import com.google.cloud.pubsub.v1.TopicAdminSettings;
import com.google.pubsub.v1.ProjectSubscriptionName;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.PullResponse;
import com.google.pubsub.v1.PushConfig;
import com.google.pubsub.v1.ReceivedMessage;
import com.google.pubsub.v1.TopicName;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the real Pub/Sub emulator ({@code gcloud beta emulators pubsub start}) on a free loopback port for the tests:
 * one emulator per test run, started by the first class that registers this extension and stopped, with every
 * process it spawned, when the run ends. It never skips: without gcloud and its pubsub-emulator component the tests
 * fail and say what to install. Register it with {@code @RegisterExtension static final PubSubEmulator EMULATOR = new
 * PubSubEmulator();} and create topics and subscriptions under unique names per test.
 */
public final class PubSubEmulator implements BeforeAllCallback {
    public static final String PROJECT = "mando-test";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final AtomicInteger NAMES = new AtomicInteger();

    private Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(ExtensionContext.Namespace.create(PubSubEmulator.class))
                .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
    }

    /** {@code 127.0.0.1:PORT}, the value for {@code PUBSUB_EMULATOR_HOST}. */
    public String hostPort() {
        return running().hostPort;
    }

    /** A name no other test in this run uses, e.g. {@code requests-7}. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet();
    }

    public void createTopic(String topic) {
        running().topics.createTopic(TopicName.of(PROJECT, topic));
    }

    /** A pull subscription; the emulator redelivers unacknowledged messages after {@code ackDeadlineSeconds}. */
    public void createSubscription(String subscription, String topic, int ackDeadlineSeconds) {
        running().subscriptions.createSubscription(ProjectSubscriptionName.of(PROJECT, subscription),
                TopicName.of(PROJECT, topic), PushConfig.getDefaultInstance(), ackDeadlineSeconds);
    }

    /** Pulls until at least {@code count} messages arrived or the time is up; acknowledges each one if asked. */
    public List<ReceivedMessage> pull(String subscription, int count, Duration timeout, boolean acknowledge) {
        List<ReceivedMessage> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        String name = ProjectSubscriptionName.format(PROJECT, subscription);
        SubscriptionAdminClient admin = running().subscriptions;
        while (received.size() < count && System.nanoTime() < deadline) {
            @SuppressWarnings("deprecation") // returnImmediately keeps the loop responsive; the emulator honours it
            PullResponse response = admin.pull(name, true, Math.min(100, Math.max(1, count - received.size())));
            List<String> ackIds = new ArrayList<>();
            for (ReceivedMessage m : response.getReceivedMessagesList()) {
                received.add(m);
                ackIds.add(m.getAckId());
            }
            if (acknowledge && !ackIds.isEmpty()) {
                admin.acknowledge(name, ackIds);
            }
            if (response.getReceivedMessagesCount() == 0) {
                sleep(50);
            }
        }
        return received;
    }

    /** Acknowledges a pulled message, or hands it back for redelivery after {@code retrySeconds}. */
    public void settle(String subscription, String ackId, boolean acknowledge, int retrySeconds) {
        String name = ProjectSubscriptionName.format(PROJECT, subscription);
        if (acknowledge) {
            running().subscriptions.acknowledge(name, List.of(ackId));
        } else {
            running().subscriptions.modifyAckDeadline(name, List.of(ackId), retrySeconds);
        }
    }

    /** The data of each message, for quick assertions. */
    public static List<String> texts(List<ReceivedMessage> messages) {
        List<String> texts = new ArrayList<>();
        for (ReceivedMessage m : messages) {
            PubsubMessage message = m.getMessage();
            texts.add(message.getData().toString(StandardCharsets.UTF_8));
        }
        return texts;
    }

    private Running running() {
        if (running == null) {
            throw new IllegalStateException("register PubSubEmulator with @RegisterExtension on a static field");
        }
        return running;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The emulator process tree and one plaintext channel to it; closed by JUnit when the run ends. */
    private static final class Running implements AutoCloseable {
        private final Process process;
        private final String hostPort;
        private final Path dir;
        private final Path log;
        private final ManagedChannel channel;
        private final TopicAdminClient topics;
        private final SubscriptionAdminClient subscriptions;
        private final Thread shutdownHook;

        private Running(Process process, String hostPort, Path dir) {
            this.process = process;
            this.hostPort = hostPort;
            this.dir = dir;
            this.log = dir.resolve("emulator.log");
            this.channel = ManagedChannelBuilder.forTarget(hostPort).usePlaintext().build();
            TransportChannelProvider plaintext =
                    FixedTransportChannelProvider.create(GrpcTransportChannel.create(channel));
            try {
                this.topics = TopicAdminClient.create(TopicAdminSettings.newBuilder()
                        .setTransportChannelProvider(plaintext).setCredentialsProvider(NoCredentialsProvider.create())
                        .build());
                this.subscriptions = SubscriptionAdminClient.create(SubscriptionAdminSettings.newBuilder()
                        .setTransportChannelProvider(plaintext).setCredentialsProvider(NoCredentialsProvider.create())
                        .build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Should the test JVM end without JUnit closing the store, the emulator must not outlive it.
            this.shutdownHook = new Thread(() -> killTree(process));
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }

        static Running start() {
            int port = freePort();
            String hostPort = "127.0.0.1:" + port;
            Path dir;
            Process process;
            try {
                dir = Files.createTempDirectory("pubsub-emulator-");
                // Its own data dir: other test runs on this machine may run an emulator at the same time.
                process = new ProcessBuilder("gcloud", "beta", "emulators", "pubsub", "start",
                        "--host-port=" + hostPort, "--project=" + PROJECT, "--data-dir=" + dir,
                        "--quiet")
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("emulator.log").toFile())
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException("could not run 'gcloud beta emulators pubsub start': the emulator "
                        + "tests need the Google Cloud SDK with its pubsub-emulator component (and a JRE) on PATH "
                        + "(for example: apt-get install google-cloud-cli google-cloud-cli-pubsub-emulator)", e);
            }
            Running running = new Running(process, hostPort, dir);
            try {
                running.awaitReady();
            } catch (RuntimeException e) {
                running.close();
                throw e;
            }
            return running;
        }

        private void awaitReady() {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Pub/Sub emulator exited with " + process.exitValue()
                            + " before it was ready:\n" + tail());
                }
                if (answers()) {
                    return;
                }
                sleep(100);
            }
            throw new IllegalStateException("the Pub/Sub emulator did not answer on " + hostPort + " within "
                    + START_TIMEOUT.toSeconds() + " s:\n" + tail());
        }

        private boolean answers() {
            try {
                URL root = URI.create("http://" + hostPort + "/").toURL();
                HttpURLConnection c = (HttpURLConnection) root.openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(1000);
                try {
                    return c.getResponseCode() == 200;
                } finally {
                    c.disconnect();
                }
            } catch (IOException e) {
                return false;
            }
        }

        private String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        @Override
        public void close() {
            topics.close();
            subscriptions.close();
            channel.shutdownNow();
            killTree(process);
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or has run: nothing left to do.
            }
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A leftover temp folder is not worth failing a test run for.
            }
        }

        /** gcloud starts a Python process that starts the emulator's JVM; killing only the first orphans the rest. */
        private static void killTree(Process process) {
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.add(process.toHandle());
            tree.forEach(ProcessHandle::destroy);
            for (ProcessHandle p : tree) {
                try {
                    p.onExit().get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
