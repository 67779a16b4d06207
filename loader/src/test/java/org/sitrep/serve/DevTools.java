package org.sitrep.serve;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Headless Chromium driven through the Chrome DevTools Protocol over its WebSocket, with the
 * JDK's own HTTP and WebSocket clients: enough to load a page, evaluate script, type, click at
 * a point and take a screenshot.
 */
final class DevTools implements AutoCloseable {

    private static final Duration STEP = Duration.ofSeconds(30);

    private final Process browser;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Gson gson = new Gson();

    private DevTools(Process browser, WebSocket socket) {
        this.browser = browser;
        this.socket = socket;
    }

    /** Starts Chromium on about:blank with a fresh profile and attaches to its page. */
    static DevTools launch(String executable, Path profile, int width, int height) throws Exception {
        Process browser = new ProcessBuilder(executable, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling("chromium.log").toFile())
                .start();
        try {
            // Chromium writes the port it chose into the profile once it listens.
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + STEP.toNanos();
            while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
                if (System.nanoTime() > deadline || !browser.isAlive()) {
                    throw new IllegalStateException("Chromium did not open its DevTools port; see "
                            + profile.resolveSibling("chromium.log"));
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
            HttpClient http = HttpClient.newBuilder().connectTimeout(STEP).build();
            String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(STEP).build(), HttpResponse.BodyHandlers.ofString()).body();
            String pageSocket = null;
            for (JsonElement t : JsonParser.parseString(targets).getAsJsonArray()) {
                if (t.getAsJsonObject().get("type").getAsString().equals("page")) {
                    pageSocket = t.getAsJsonObject().get("webSocketDebuggerUrl").getAsString();
                    break;
                }
            }
            if (pageSocket == null) {
                throw new IllegalStateException("Chromium has no page target: " + targets);
            }
            DevTools[] self = new DevTools[1];
            StringBuilder partial = new StringBuilder();
            WebSocket ws = http.newWebSocketBuilder().connectTimeout(STEP)
                    .buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            partial.append(data);
                            if (last) {
                                self[0].received(partial.toString());
                                partial.setLength(0);
                            }
                            webSocket.request(1);
                            return null;
                        }
                    }).get(STEP.toSeconds(), TimeUnit.SECONDS);
            self[0] = new DevTools(browser, ws);
            return self[0];
        } catch (Exception e) {
            browser.destroyForcibly();
            throw e;
        }
    }

    private void received(String message) {
        JsonObject json = JsonParser.parseString(message).getAsJsonObject();
        if (json.has("id")) {
            CompletableFuture<JsonObject> f = pending.remove(json.get("id").getAsInt());
            if (f != null) {
                f.complete(json);
            }
        }
    }

    /** Sends a command and waits for its result. */
    JsonObject call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonObject command = new JsonObject();
        command.addProperty("id", id);
        command.addProperty("method", method);
        command.add("params", gson.toJsonTree(params));
        socket.sendText(gson.toJson(command), true).get(STEP.toSeconds(), TimeUnit.SECONDS);
        JsonObject response = answer.get(STEP.toSeconds(), TimeUnit.SECONDS);
        if (response.has("error")) {
            throw new IllegalStateException(method + ": " + response.get("error"));
        }
        return response.getAsJsonObject("result");
    }

    /** Evaluates an expression in the page (awaiting a promise) and returns its JSON value. */
    JsonElement evaluate(String expression) throws Exception {
        JsonObject result = call("Runtime.evaluate", Map.of("expression", expression,
                "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        JsonObject value = result.getAsJsonObject("result");
        return value.has("value") ? value.get("value") : null;
    }

    /** Evaluates {@code expression} until {@code done} accepts its value, for at most 30 seconds. */
    JsonElement waitFor(String expression, Predicate<JsonElement> done, String what) throws Exception {
        long deadline = System.nanoTime() + STEP.toNanos();
        JsonElement last = null;
        while (System.nanoTime() < deadline) {
            last = evaluate(expression);
            if (last != null && done.test(last)) {
                return last;
            }
            Thread.sleep(150);
        }
        throw new AssertionError("timed out waiting for " + what + " (last value: " + last + ")");
    }

    void navigate(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
    }

    /** A real mouse click (press and release) at a point of the viewport. */
    void click(double x, double y) throws Exception {
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            call("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left",
                    "clickCount", type.equals("mouseMoved") ? 0 : 1));
        }
    }

    /** Types text into the focused element, as a keyboard would. */
    void type(String text) throws Exception {
        call("Input.insertText", Map.of("text", text));
    }

    byte[] screenshot() throws Exception {
        JsonObject shot = call("Page.captureScreenshot", Map.of("format", "png"));
        return java.util.Base64.getDecoder().decode(shot.get("data").getAsString());
    }

    @Override
    public void close() throws IOException {
        try {
            call("Browser.close", Map.of());
        } catch (Exception e) {
            // The browser may close the socket before answering; it is being stopped anyway.
        }
        socket.abort();
        try {
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        } catch (InterruptedException e) {
            browser.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
