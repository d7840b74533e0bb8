/* The ceiling of the MQTT library under mqkit: a bare Paho C (MQTTAsync, libpaho-mqtt3as as under Paho C++)
 * subscriber that prints each payload on a line, like `mosquitto_sub` and `mqkit mqtt sub`.
 *
 *   paho_c_receiver URL FILTER QOS COUNT    (exits 0 once COUNT messages arrived, 1 on failure)
 *
 * Built beside the other bench binaries; run by tests/bench/mqtt_sub.sh, never by ctest. */
#include <MQTTAsync.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t g_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_cond = PTHREAD_COND_INITIALIZER;
static long g_wanted, g_received;
static int g_state; /* 0 running, 1 done, 2 failed */

static void finish(int state) {
    pthread_mutex_lock(&g_mutex);
    if (g_state == 0)
        g_state = state;
    pthread_cond_signal(&g_cond);
    pthread_mutex_unlock(&g_mutex);
}

static int on_message(void* context, char* topic, int topic_len, MQTTAsync_message* m) {
    (void)context;
    (void)topic_len;
    fwrite(m->payload, 1, (size_t)m->payloadlen, stdout);
    putchar('\n');
    MQTTAsync_freeMessage(&m);
    MQTTAsync_free(topic);
    if (++g_received == g_wanted) {
        fflush(stdout);
        finish(1);
    }
    return 1;
}

static void on_lost(void* context, char* cause) {
    (void)context;
    fprintf(stderr, "paho_c_receiver: connection lost: %s\n", cause ? cause : "");
    finish(2);
}

static void on_failure(const char* what, MQTTAsync_failureData* response) {
    fprintf(stderr, "paho_c_receiver: %s failed (%d)\n", what, response ? response->code : 0);
    finish(2);
}

static void on_connect_failure(void* context, MQTTAsync_failureData* response) {
    (void)context;
    on_failure("connect", response);
}

static void on_subscribe_failure(void* context, MQTTAsync_failureData* response) {
    (void)context;
    on_failure("subscribe", response);
}

static const char* g_filter;
static int g_qos;

static void on_connected(void* context, MQTTAsync_successData* response) {
    (void)response;
    MQTTAsync client = context;
    MQTTAsync_responseOptions opts = MQTTAsync_responseOptions_initializer;
    opts.onFailure = on_subscribe_failure;
    if (MQTTAsync_subscribe(client, g_filter, g_qos, &opts) != MQTTASYNC_SUCCESS)
        finish(2);
}

int main(int argc, char** argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: paho_c_receiver URL FILTER QOS COUNT\n");
        return 2;
    }
    g_filter = argv[2];
    g_qos = atoi(argv[3]);
    g_wanted = atol(argv[4]);
    MQTTAsync_setTraceLevel(MQTTASYNC_TRACE_FATAL); /* as mqkit does */
    MQTTAsync client;
    if (MQTTAsync_create(&client, argv[1], "paho-c-receiver", MQTTCLIENT_PERSISTENCE_NONE, NULL) != MQTTASYNC_SUCCESS)
        return 1;
    MQTTAsync_setCallbacks(client, NULL, on_lost, on_message, NULL);
    MQTTAsync_connectOptions conn = MQTTAsync_connectOptions_initializer;
    conn.keepAliveInterval = 600;
    conn.cleansession = 1;
    conn.onSuccess = on_connected;
    conn.onFailure = on_connect_failure;
    conn.context = client;
    if (MQTTAsync_connect(client, &conn) != MQTTASYNC_SUCCESS)
        return 1;
    pthread_mutex_lock(&g_mutex);
    while (g_state == 0)
        pthread_cond_wait(&g_cond, &g_mutex);
    const int state = g_state;
    pthread_mutex_unlock(&g_mutex);
    MQTTAsync_disconnectOptions disc = MQTTAsync_disconnectOptions_initializer;
    MQTTAsync_disconnect(client, &disc);
    MQTTAsync_destroy(&client);
    return state == 1 ? 0 : 1;
}
