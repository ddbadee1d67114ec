package cn.techmarket.testsupport;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Broker fixtures through the real API: a profile with given fields and regions, claims, deals. */
public final class Brokers {
    private Brokers() {
    }

    /** Creates or rewrites the user's broker profile; answers the broker id. */
    public static int profile(String user, List<String> fields, List<String> regions) {
        Response me = given().header("Authorization", Tokens.bearer(user)).get("/api/v1/brokers/me");
        Map<String, Object> body = new HashMap<>();
        body.put("level", "INTERMEDIATE");
        body.put("fields", fields);
        body.put("regions", regions);
        body.put("bio", "专注装备制造领域技术转移");
        if (me.statusCode() == 200) {
            body.put("version", me.path("version"));
        }
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .put("/api/v1/brokers/me").then().statusCode(200).extract().path("id");
    }

    /** A broker profile if the user has none yet; answers the broker id. */
    public static int ensureProfile(String user) {
        Response me = given().header("Authorization", Tokens.bearer(user)).get("/api/v1/brokers/me");
        return me.statusCode() == 200 ? me.path("id") : profile(user, List.of("EQUIP"), List.of("CDMZ"));
    }

    public static Response claim(String user, int needId) {
        return given().header("Authorization", Tokens.bearer(user)).post("/api/v1/needs/" + needId + "/claim");
    }

    /** A published need claimed by the broker, and a deal opened on it with one published result. */
    public static int openDeal(String broker, String title) {
        ensureProfile(broker);
        int need = Listings.published("enterprise", "NEED", Listings.aNeed(title + "需求"));
        int result = Listings.published("enterprise2", "RESULT", Listings.aResult(title + "成果"));
        claim(broker, need).then().statusCode(200);
        return given().header("Authorization", Tokens.bearer(broker)).contentType(ContentType.JSON)
                .body(Map.of("needId", need, "title", title, "resultIds", List.of(result)))
                .post("/api/v1/deals").then().statusCode(201).extract().path("id");
    }

    public static Response move(String broker, int dealId, Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer(broker)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/deals/" + dealId + "/transitions");
    }
}
