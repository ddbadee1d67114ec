package cn.techmarket.search;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SharedWordsTest {
    @Inject
    SharedWords sharedWords;

    @Test
    void a_hundred_long_abstracts_are_cut_although_one_request_may_make_only_10000_tokens() {
        // 100 texts of 330 characters: about 33,000 single-character tokens, over the analyzer's limit of 10,000
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            texts.add("第" + i + "号" + "锂电池正极材料的制备方法".repeat(27));
        }
        List<List<SharedWords.Token>> tokens = sharedWords.tokens(texts);
        assertThat(tokens).hasSize(100);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            assertThat(tokens.get(i)).as("text %d", i).isNotEmpty().allSatisfy(t ->
                    assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        }
        assertThat(tokens.get(99).stream().map(SharedWords.Token::text)).contains("电池", "材料");
    }
}
