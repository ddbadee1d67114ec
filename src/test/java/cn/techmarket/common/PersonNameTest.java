package cn.techmarket.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTest {
    @Test
    void a_chinese_name_is_written_family_name_first_without_a_space() {
        assertThat(PersonName.of("伟", "张", "伟 张")).isEqualTo("张伟");
        assertThat(PersonName.of("建国", "王", null)).isEqualTo("王建国");
    }

    @Test
    void other_names_keep_given_name_first_and_a_missing_name_falls_back() {
        assertThat(PersonName.of("Anna", "Schmidt", null)).isEqualTo("Anna Schmidt");
        assertThat(PersonName.of(null, " ", "admin")).isEqualTo("admin");
    }
}
