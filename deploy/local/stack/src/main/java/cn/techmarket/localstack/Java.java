package cn.techmarket.localstack;

import java.nio.file.Path;

final class Java {
    private Java() {
    }

    /** The JDK running the launcher (21 or newer) also runs the child services. */
    static String executable() {
        return Path.of(home(), "bin", "java").toString();
    }

    static String home() {
        return System.getProperty("java.home");
    }
}
