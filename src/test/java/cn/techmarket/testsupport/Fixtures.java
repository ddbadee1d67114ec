package cn.techmarket.testsupport;

import cn.techmarket.org.CreditCode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders for request bodies; every call yields a new, valid unified social credit code. */
public final class Fixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private Fixtures() {
    }

    /** A fresh valid code for a company registered in the given region (e.g. 510603 旌阳区). */
    public static String creditCode(String region) {
        String body = String.format("%09d", SEQUENCE.incrementAndGet() * 7919L % 1_000_000_000L);
        String first17 = "91" + region + body;
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** An enterprise in 德阳市旌阳区 as the API takes it. */
    public static Map<String, Object> anEnterprise(String nameZh) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("nameZh", nameZh);
        org.put("nameEn", "Deyang Test Equipment Co., Ltd.");
        org.put("creditCode", creditCode("510603"));
        org.put("type", "ENTERPRISE");
        org.put("regionCode", "510603");
        org.put("designations", java.util.List.of("HIGH_TECH_ENTERPRISE"));
        org.put("description", "清洁能源装备零部件研发与制造");
        org.put("website", "https://example.com");
        return org;
    }
}
