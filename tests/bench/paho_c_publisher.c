/* The ceiling of the MQTT library under mqkit for publishing: a bare Paho C (MQTTAsync,
 * libpaho-mqtt3as as under Paho C++) publisher that sends COUNT messages of SIZE bytes at QoS 1 with
 * at most WINDOW unacknowledged, as `mqkit kafka to-mqtt` does (without reading Kafka).
 *
 *   paho_c_publisher URL TOPIC COUNT SIZE WINDOW    (exits 0 once every PUBACK arrived, 1 on failure)
 *
 * Built beside the other bench binaries; run by tests/bench/kafka_to_mqtt.sh, never by ctest. */
#include <MQTTAsync.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t g_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_cond = PTHREAD_COND_INITIALIZER;
static long g_inFlight, g_acknowledged;
static int g_state; /* 0 connecting, 1 connected, 2 failed */

static void signalState(int state) {
    pthread_mutex_lock(&g_mutex);
    g_state = state;
    pthread_cond_broadcast(&g_cond);
    pthread_mutex_unlock(&g_mutex);
}

static void onConnected(void* context, MQTTAsync_successData* response) {
    (void)context;
    (void)response;
    signalState(1);
}

static void onConnectFailed(void* context, MQTTAsync_failureData* response) {
    (void)context;
    fprintf(stderr, "paho_c_publisher: connect failed (%d)\n", response ? response->code : 0);
    signalState(2);
}

static void onAcknowledged(void* context, MQTTAsync_successData* response) {
    (void)context;
    (void)response;
    pthread_mutex_lock(&g_mutex);
    --g_inFlight;
    ++g_acknowledged;
    pthread_cond_broadcast(&g_cond);
    pthread_mutex_unlock(&g_mutex);
}

static void onPublishFailed(void* context, MQTTAsync_failureData* response) {
    (void)context;
    fprintf(stderr, "paho_c_publisher: publish failed (%d)\n", response ? response->code : 0);
    signalState(2);
}

int main(int argc, char** argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: paho_c_publisher URL TOPIC COUNT SIZE WINDOW\n");
        return 2;
    }
    const char* topic = argv[2];
    const long count = atol(argv[3]);
    const int size = atoi(argv[4]);
    const long window = atol(argv[5]);
    MQTTAsync client;
    if (MQTTAsync_create(&client, argv[1], "paho-c-publisher", MQTTCLIENT_PERSISTENCE_NONE, NULL) != MQTTASYNC_SUCCESS)
        return 1;
    MQTTAsync_connectOptions options = MQTTAsync_connectOptions_initializer;
    options.cleansession = 1;
    options.maxInflight = 65535;
    options.onSuccess = onConnected;
    options.onFailure = onConnectFailed;
    if (MQTTAsync_connect(client, &options) != MQTTASYNC_SUCCESS)
        return 1;
    pthread_mutex_lock(&g_mutex);
    while (g_state == 0)
        pthread_cond_wait(&g_cond, &g_mutex);
    pthread_mutex_unlock(&g_mutex);
    char* payload = malloc((size_t)size);
    memset(payload, 'x', (size_t)size);
    for (long i = 0; i < count && g_state == 1; ++i) {
        pthread_mutex_lock(&g_mutex);
        while (g_inFlight >= window && g_state == 1)
            pthread_cond_wait(&g_cond, &g_mutex);
        ++g_inFlight;
        pthread_mutex_unlock(&g_mutex);
        MQTTAsync_responseOptions response = MQTTAsync_responseOptions_initializer;
        response.onSuccess = onAcknowledged;
        response.onFailure = onPublishFailed;
        MQTTAsync_message message = MQTTAsync_message_initializer;
        message.payload = payload;
        message.payloadlen = size;
        message.qos = 1;
        if (MQTTAsync_sendMessage(client, topic, &message, &response) != MQTTASYNC_SUCCESS)
            signalState(2);
    }
    pthread_mutex_lock(&g_mutex);
    while (g_acknowledged < count && g_state == 1)
        pthread_cond_wait(&g_cond, &g_mutex);
    const int failed = g_state != 1;
    pthread_mutex_unlock(&g_mutex);
    free(payload);
    MQTTAsync_destroy(&client);
    return failed;
}
