#!/usr/bin/env bash
# Deploys mando to Google Cloud: APIs, topics, dead-letter topic, bucket, service account and the three functions.
# Idempotent: run it again after every build; what exists is kept (or updated in place), what is missing is made.
#
#   mvn -B verify                       # builds bootstrap/target/mando.jar
#   GOOGLE_CLOUD_PROJECT=my-project DISCORD_PUBLIC_KEY=... DISCORD_APPLICATION_ID=... deploy/deploy.sh
#
# Optional: REGION (us-central1), MANDO_BUCKET (PROJECT-mandalas), MANDO_REQUESTS_TOPIC (raw-discord-data),
# MANDO_REPLIES_TOPIC (reply-data), MANDO_MIN_INSTANCES (0; 1 keeps the HTTP function warm, at a cost),
# MANDO_MAX_INSTANCES (10), DISCORD_API_BASE_URL, MANDO_JAR (bootstrap/target/mando.jar), DRY_RUN=1 (print only).
set -euo pipefail

die() { echo "deploy: $*" >&2; exit 1; }

PROJECT="${GOOGLE_CLOUD_PROJECT:-}"
[[ -n "$PROJECT" ]] || die "set GOOGLE_CLOUD_PROJECT to the project to deploy to"
[[ -n "${DISCORD_PUBLIC_KEY:-}" ]] || die "set DISCORD_PUBLIC_KEY (the hex key from the developer portal)"
[[ -n "${DISCORD_APPLICATION_ID:-}" ]] || die "set DISCORD_APPLICATION_ID"
REGION="${REGION:-us-central1}"
BUCKET="${MANDO_BUCKET:-${PROJECT}-mandalas}"
REQUESTS_TOPIC="${MANDO_REQUESTS_TOPIC:-raw-discord-data}"
REPLIES_TOPIC="${MANDO_REPLIES_TOPIC:-reply-data}"
DEAD_LETTER_TOPIC="mando-dead-letter"
MIN_INSTANCES="${MANDO_MIN_INSTANCES:-0}"
MAX_INSTANCES="${MANDO_MAX_INSTANCES:-10}"
# Five deliveries, as the in-memory queues do, then the dead-letter topic; the use cases edit the user's
# response to an apology on the last attempt.
MAX_DELIVERY_ATTEMPTS=5
SERVICE_ACCOUNT_NAME="mando-functions"
SERVICE_ACCOUNT="${SERVICE_ACCOUNT_NAME}@${PROJECT}.iam.gserviceaccount.com"
JAR="${MANDO_JAR:-$(dirname "$0")/../bootstrap/target/mando.jar}"
[[ -f "$JAR" ]] || die "no $JAR: build it first with 'mvn -B verify'"

# Every change goes through run, so DRY_RUN=1 shows the whole plan without touching the project.
run() {
  echo "+ $*" >&2
  if [[ "${DRY_RUN:-0}" != 1 ]]; then "$@"; fi
}
# True if a describe command finds the resource (always false in a dry run, so the plan shows every create).
exists() {
  [[ "${DRY_RUN:-0}" != 1 ]] && "$@" >/dev/null 2>&1
}
gc() { run gcloud --project="$PROJECT" --quiet "$@"; }

echo "deploying mando to project $PROJECT, region $REGION, bucket gs://$BUCKET" >&2

gc services enable cloudfunctions.googleapis.com run.googleapis.com cloudbuild.googleapis.com \
  artifactregistry.googleapis.com eventarc.googleapis.com pubsub.googleapis.com storage.googleapis.com \
  logging.googleapis.com iam.googleapis.com

for topic in "$REQUESTS_TOPIC" "$REPLIES_TOPIC" "$DEAD_LETTER_TOPIC"; do
  exists gcloud --project="$PROJECT" pubsub topics describe "$topic" || gc pubsub topics create "$topic"
done
# A pull subscription keeps dead letters for a week, to be read with 'gcloud pubsub subscriptions pull'.
exists gcloud --project="$PROJECT" pubsub subscriptions describe "${DEAD_LETTER_TOPIC}-sub" \
  || gc pubsub subscriptions create "${DEAD_LETTER_TOPIC}-sub" --topic="$DEAD_LETTER_TOPIC" \
       --message-retention-duration=7d

# Objects are world-readable (Discord fetches the image by URL); nothing else in the bucket is public.
exists gcloud --project="$PROJECT" storage buckets describe "gs://$BUCKET" \
  || gc storage buckets create "gs://$BUCKET" --location="$REGION" --uniform-bucket-level-access
gc storage buckets add-iam-policy-binding "gs://$BUCKET" --member=allUsers --role=roles/storage.objectViewer

# One service account for the three functions, with only what they use.
exists gcloud --project="$PROJECT" iam service-accounts describe "$SERVICE_ACCOUNT" \
  || gc iam service-accounts create "$SERVICE_ACCOUNT_NAME" --display-name="mando Cloud Functions"
for topic in "$REQUESTS_TOPIC" "$REPLIES_TOPIC"; do
  gc pubsub topics add-iam-policy-binding "$topic" --member="serviceAccount:$SERVICE_ACCOUNT" \
    --role=roles/pubsub.publisher
done
# objectUser, not objectCreator: a redelivered request overwrites its image, which needs delete permission.
gc storage buckets add-iam-policy-binding "gs://$BUCKET" --member="serviceAccount:$SERVICE_ACCOUNT" \
  --role=roles/storage.objectUser

# Cloud Functions builds from a folder; the shaded jar alone is a complete Java function source.
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp "$JAR" "$STAGE/mando.jar"

ENV_VARS="GOOGLE_CLOUD_PROJECT=$PROJECT,MANDO_BUCKET=$BUCKET,MANDO_REQUESTS_TOPIC=$REQUESTS_TOPIC"
ENV_VARS+=",MANDO_REPLIES_TOPIC=$REPLIES_TOPIC,DISCORD_APPLICATION_ID=$DISCORD_APPLICATION_ID"
ENV_VARS+=",DISCORD_PUBLIC_KEY=$DISCORD_PUBLIC_KEY"
if [[ -n "${DISCORD_API_BASE_URL:-}" ]]; then ENV_VARS+=",DISCORD_API_BASE_URL=$DISCORD_API_BASE_URL"; fi

deploy_function() {
  local name="$1" entry_point="$2" env_vars="$3"
  shift 3
  gc functions deploy "$name" --gen2 --region="$REGION" --runtime=java17 --source="$STAGE" \
    --entry-point="$entry_point" --service-account="$SERVICE_ACCOUNT" --set-env-vars="$env_vars" \
    --max-instances="$MAX_INSTANCES" "$@"
}

# On Discord's 3-second clock: a whole CPU shortens the cold start more than memory would, and so does compiling
# with C1 only (first deferred /mando 1.75 s -> 1.46 s under the invoker here; warm p99 +0.07 ms: docs/benchmarks.md).
deploy_function raw-discord-data mando.bootstrap.RawDiscordDataFunction \
  "$ENV_VARS,JAVA_TOOL_OPTIONS=-XX:TieredStopAtLevel=1" --trigger-http --allow-unauthenticated \
  --memory=512Mi --cpu=1 --timeout=10s --min-instances="$MIN_INSTANCES"
# --retry: without it a failed event is dropped; with it Pub/Sub redelivers (the subscription policy below).
deploy_function image-generator mando.bootstrap.ImageGeneratorFunction "$ENV_VARS" --trigger-topic="$REQUESTS_TOPIC" \
  --trigger-service-account="$SERVICE_ACCOUNT" --retry --memory=2Gi --cpu=2 --timeout=120s --min-instances=0
# The Discord client may wait out rate limits and back off for about a minute before failing.
deploy_function discord-reply mando.bootstrap.DiscordReplyFunction "$ENV_VARS" --trigger-topic="$REPLIES_TOPIC" \
  --trigger-service-account="$SERVICE_ACCOUNT" --retry --memory=256Mi --cpu=1 --timeout=120s --min-instances=0

# Eventarc made a push subscription per triggered function: give each the retry policy and the dead-letter topic.
if [[ "${DRY_RUN:-0}" == 1 ]]; then
  PROJECT_NUMBER="PROJECT_NUMBER"
else
  PROJECT_NUMBER="$(gcloud projects describe "$PROJECT" --format='value(projectNumber)')"
fi
PUBSUB_AGENT="serviceAccount:service-${PROJECT_NUMBER}@gcp-sa-pubsub.iam.gserviceaccount.com"
gc pubsub topics add-iam-policy-binding "$DEAD_LETTER_TOPIC" --member="$PUBSUB_AGENT" --role=roles/pubsub.publisher
for name in image-generator discord-reply; do
  gc functions add-invoker-policy-binding "$name" --region="$REGION" --member="serviceAccount:$SERVICE_ACCOUNT"
  if [[ "${DRY_RUN:-0}" == 1 ]]; then
    subscription="SUBSCRIPTION-OF-$name"
  else
    trigger="$(gcloud --project="$PROJECT" functions describe "$name" --gen2 --region="$REGION" \
      --format='value(eventTrigger.trigger)')"
    subscription="$(gcloud --project="$PROJECT" eventarc triggers describe "$trigger" --location="$REGION" \
      --format='value(transport.pubsub.subscription)')"
    [[ -n "$subscription" ]] || die "no Pub/Sub subscription found for $name's trigger $trigger"
  fi
  gc pubsub subscriptions add-iam-policy-binding "$subscription" --member="$PUBSUB_AGENT" \
    --role=roles/pubsub.subscriber
  gc pubsub subscriptions update "$subscription" --dead-letter-topic="$DEAD_LETTER_TOPIC" \
    --max-delivery-attempts="$MAX_DELIVERY_ATTEMPTS" --min-retry-delay=10s --max-retry-delay=300s
done

URL="$([[ "${DRY_RUN:-0}" == 1 ]] || gcloud --project="$PROJECT" functions describe raw-discord-data --gen2 --region="$REGION" \
  --format='value(serviceConfig.uri)' 2>/dev/null || true)"
echo "done. Interactions endpoint URL for the developer portal: ${URL:-(see 'gcloud functions describe raw-discord-data')}"
echo "then register the command: DISCORD_BOT_TOKEN=... java -jar bootstrap/target/mando.jar register"
