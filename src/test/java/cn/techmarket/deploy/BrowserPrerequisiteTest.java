package cn.techmarket.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** tm finds the browser as it finds a JDK; without one, `tm test` stops at once with the install command. */
class BrowserPrerequisiteTest {
    private static final String INSTALL = "apt-get install -y chromium chromium-driver fonts-noto-cjk";

    @Test
    void a_missing_browser_stops_tm_test_at_once_with_the_install_command() throws Exception {
        // tm's own functions, run alone: no build, no services
        String check = "set -euo pipefail; source <(sed -n '/^find_browser()/,/^}/p;/^need_browser()/,/^}/p' deploy/local/tm);"
                + " CHROMEDRIVER=no-such-chromedriver need_browser; echo passed";
        Process process = new ProcessBuilder("bash", "-c", check).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(output).contains(INSTALL).doesNotContain("passed");
        String tm = Files.readString(Path.of("deploy/local/tm"));
        assertThat(tm.indexOf("need_browser\n    build_local_stack")).as("checked before anything is built").isPositive();
    }

    @Test
    void the_readme_and_ci_name_the_same_install() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).contains(INSTALL);
        assertThat(Files.readString(Path.of(".ci/run"))).contains("apt-get install -y -q chromium chromium-driver fonts-noto-cjk");
    }
}
