package cn.techmarket.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import java.io.IOException;

/**
 * The one place where a failed call to Elasticsearch becomes {@link SearchUnavailable} (a 503 problem, or the page's
 * "search is unavailable"): callers outside this package never see the client's exceptions.
 */
final class SearchCalls {
    private SearchCalls() {
    }

    interface Call<T> {
        T run() throws IOException;
    }

    static <T> T translated(Call<T> call) {
        try {
            return call.run();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable(e);
        }
    }
}
