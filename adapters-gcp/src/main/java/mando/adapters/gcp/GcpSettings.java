package mando.adapters.gcp;

import java.util.Map;

/**
 * Where the Google Cloud adapters point: the project, the two topics, the image bucket, and the Pub/Sub emulator
 * when one is used. The bucket may be {@code null} for a function that stores no images; the image store refuses to
 * start without it.
 */
public record GcpSettings(String projectId, String requestsTopic, String repliesTopic, String bucket,
                          String pubsubEmulatorHost) {
    public static final String DEFAULT_REQUESTS_TOPIC = "raw-discord-data";
    public static final String DEFAULT_REPLIES_TOPIC = "reply-data";

    public GcpSettings {
        projectId = require(projectId, "project id (GOOGLE_CLOUD_PROJECT)");
        requestsTopic = require(requestsTopic, "requests topic");
        repliesTopic = require(repliesTopic, "replies topic");
        bucket = blankToNull(bucket);
        pubsubEmulatorHost = blankToNull(pubsubEmulatorHost);
    }

    /** The settings for Google Cloud itself, without an emulator. */
    public static GcpSettings of(String projectId, String requestsTopic, String repliesTopic, String bucket) {
        return new GcpSettings(projectId, requestsTopic, repliesTopic, bucket, null);
    }

    /**
     * From the environment: {@code GOOGLE_CLOUD_PROJECT} (required), {@code MANDO_REQUESTS_TOPIC},
     * {@code MANDO_REPLIES_TOPIC}, {@code MANDO_BUCKET} and the standard {@code PUBSUB_EMULATOR_HOST}.
     */
    public static GcpSettings fromEnv(Map<String, String> env) {
        return new GcpSettings(env.get("GOOGLE_CLOUD_PROJECT"),
                orDefault(env.get("MANDO_REQUESTS_TOPIC"), DEFAULT_REQUESTS_TOPIC),
                orDefault(env.get("MANDO_REPLIES_TOPIC"), DEFAULT_REPLIES_TOPIC),
                env.get("MANDO_BUCKET"), env.get("PUBSUB_EMULATOR_HOST"));
    }

    /** The bucket, or a clear failure for a function that needs one and was deployed without it. */
    String requireBucket() {
        if (bucket == null) {
            throw new IllegalStateException("MANDO_BUCKET is not set: the image store needs a bucket");
        }
        return bucket;
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must be set");
        }
        return value.strip();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
