package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** One gold file in the format of the shared gold README. */
record Gold(String article, List<Item> statements, List<Item> deployments, List<String> entityIds) {

    /**
     * A gold (or predicted) statement or deployment, reduced to what scoring compares.
     *
     * @param who        speaker or sender label
     * @param whoType    speaker type (Person, Organization, Country, Anonymous) or null
     * @param whoId      Wikidata id of speaker or sender, or null
     * @param text       the claim (statements) or evidence (deployments)
     * @param count      the deployment's count, or null
     * @param places     destination ids or labels (deployments)
     * @param optional   borderline: neither rewarded nor punished
     */
    record Item(String who, String whoType, String whoId, List<String> whoNames, String text, Long count,
                List<String> places, boolean optional) {
    }

    static Gold read(Path file) throws IOException {
        JsonObject root = JSON.parse(Files.readString(file));
        List<Item> statements = new ArrayList<>();
        for (JsonValue v : array(root, "statements")) {
            JsonObject s = v.getAsObject();
            statements.add(new Item(str(s, "speaker"), str(s, "speaker_type"), str(s, "speaker_wikidata"),
                    List.of(nz(str(s, "speaker"))), str(s, "claim"), null, List.of(), bool(s, "optional")));
        }
        List<Item> deployments = new ArrayList<>();
        for (JsonValue v : array(root, "deployments")) {
            JsonObject d = v.getAsObject();
            JsonValue count = d.get("count");
            if (count == null || count.isNull()) {
                continue; // only deployments with a count are scored
            }
            List<String> places = new ArrayList<>();
            for (JsonValue p : array(d, "destinations")) {
                JsonObject place = p.getAsObject();
                String id = str(place, "wikidata");
                places.add(id != null ? id : nz(str(place, "label")));
            }
            deployments.add(new Item(str(d, "sender"), null, str(d, "sender_wikidata"),
                    List.of(nz(str(d, "sender"))), str(d, "evidence"),
                    count.getAsNumber().value().longValue(), places, bool(d, "optional")));
        }
        List<String> ids = new ArrayList<>();
        for (JsonValue v : array(root, "entities")) {
            String id = str(v.getAsObject(), "wikidata");
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return new Gold(str(root, "article"), statements, deployments, ids);
    }

    private static List<JsonValue> array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        JsonArray a = v.getAsArray();
        return new ArrayList<>(a);
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    private static boolean bool(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isBoolean() && v.getAsBoolean().value();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
