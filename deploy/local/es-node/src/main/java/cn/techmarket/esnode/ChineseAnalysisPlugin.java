package cn.techmarket.esnode;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Registers, from Lucene classes, the analysis components of the official analysis-smartcn plugin and a few of the
 * analysis-common module (neither is published to Maven Central for 9.x) under their official names, so that
 * index mappings written for production work unchanged here.
 */
public class ChineseAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
            "smartcn", (indexSettings, env, name, settings) -> provider(name, new SmartChineseAnalyzer(SmartChineseAnalyzer.getDefaultStopSet())),
            "cjk", (indexSettings, env, name, settings) -> provider(
                name,
                new CJKAnalyzer(Analysis.parseStopWords(env, settings, CJKAnalyzer.getDefaultStopSet()))
            )
        );
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("smartcn_tokenizer", (indexSettings, env, name, settings) -> new AbstractTokenizerFactory(name) {
            @Override
            public Tokenizer create() {
                return new HMMChineseTokenizer();
            }
        });
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "smartcn_stop", (indexSettings, env, name, settings) -> filter(
                name,
                ts -> new StopFilter(ts, Analysis.parseStopWords(env, settings, SmartChineseAnalyzer.getDefaultStopSet()))
            ),
            "cjk_width", (indexSettings, env, name, settings) -> filter(name, CJKWidthFilter::new),
            "cjk_bigram", ChineseAnalysisPlugin::cjkBigram,
            "synonym_graph", AnalysisPlugin.requiresAnalysisSettings(
                (indexSettings, env, name, settings) -> new SynonymFilterFactory(name, env, settings, true)
            ),
            "synonym", AnalysisPlugin.requiresAnalysisSettings(
                (indexSettings, env, name, settings) -> new SynonymFilterFactory(name, env, settings, false)
            )
        );
    }

    private static TokenFilterFactory cjkBigram(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        boolean outputUnigrams = settings.getAsBoolean("output_unigrams", false);
        Set<String> ignored = new HashSet<>();
        for (String s : settings.getAsList("ignored_scripts")) {
            ignored.add(s.toLowerCase(Locale.ROOT));
        }
        int flags = 0;
        if (ignored.contains("han") == false) flags |= CJKBigramFilter.HAN;
        if (ignored.contains("hiragana") == false) flags |= CJKBigramFilter.HIRAGANA;
        if (ignored.contains("katakana") == false) flags |= CJKBigramFilter.KATAKANA;
        if (ignored.contains("hangul") == false) flags |= CJKBigramFilter.HANGUL;
        final int f = flags;
        return filter(name, ts -> new CJKBigramFilter(ts, f, outputUnigrams));
    }

    private static AnalyzerProvider<Analyzer> provider(String name, Analyzer analyzer) {
        return new AbstractIndexAnalyzerProvider<>(name) {
            @Override
            public Analyzer get() {
                return analyzer;
            }
        };
    }

    private static TokenFilterFactory filter(String name, Function<TokenStream, TokenStream> create) {
        return new AbstractTokenFilterFactory(name) {
            @Override
            public TokenStream create(TokenStream tokenStream) {
                return create.apply(tokenStream);
            }
        };
    }

    /**
     * synonym / synonym_graph with inline {@code synonyms} (or {@code synonyms_path}) in Solr format; the rules are
     * analysed with the tokenizer and filters that precede this filter in the chain, as the official filter does.
     */
    private static final class SynonymFilterFactory extends AbstractTokenFilterFactory {
        private final Environment env;
        private final Settings settings;
        private final boolean graph;
        private final boolean expand;
        private final boolean lenient;

        SynonymFilterFactory(String name, Environment env, Settings settings, boolean graph) {
            super(name);
            this.env = env;
            this.settings = settings;
            this.graph = graph;
            this.expand = settings.getAsBoolean("expand", true);
            this.lenient = settings.getAsBoolean("lenient", false);
            if (settings.get("synonyms_set") != null) {
                throw new IllegalArgumentException("synonyms_set is not supported by the local es-node; use inline [synonyms]");
            }
            if (settings.get("synonyms") == null && settings.get("synonyms_path") == null && settings.getAsList("synonyms").isEmpty()) {
                throw new IllegalArgumentException("synonym requires either `synonyms` or `synonyms_path` to be configured");
            }
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            throw new IllegalStateException("Call getChainAwareTokenFilterFactory to specialize this factory for an analysis chain first");
        }

        @Override
        public TokenFilterFactory getChainAwareTokenFilterFactory(
            IndexCreationContext context,
            TokenizerFactory tokenizer,
            List<CharFilterFactory> charFilters,
            List<TokenFilterFactory> previousTokenFilters,
            Function<String, TokenFilterFactory> allFilters
        ) {
            Analyzer rulesAnalyzer = new CustomAnalyzer(
                tokenizer,
                charFilters.toArray(new CharFilterFactory[0]),
                previousTokenFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new)
            );
            SynonymMap map = buildMap(rulesAnalyzer);
            String n = name();
            boolean g = graph;
            return new AbstractTokenFilterFactory(n) {
                @Override
                public TokenStream create(TokenStream tokenStream) {
                    if (map.fst == null) {
                        return tokenStream;
                    }
                    TokenStream out = new SynonymGraphFilter(tokenStream, map, false);
                    return g ? out : new FlattenGraphFilter(out);
                }

                @Override
                public TokenFilterFactory getSynonymFilter() {
                    return IDENTITY_FILTER;
                }
            };
        }

        private SynonymMap buildMap(Analyzer analyzer) {
            List<String> rules = Analysis.getWordList(env, settings, "synonyms");
            SolrSynonymParser parser = new SolrSynonymParser(true, expand, analyzer);
            try {
                if (lenient) {
                    StringBuilder ok = new StringBuilder();
                    for (String rule : rules) {
                        try {
                            SolrSynonymParser probe = new SolrSynonymParser(true, expand, analyzer);
                            probe.parse(new StringReader(rule));
                            ok.append(rule).append('\n');
                        } catch (ParseException | IllegalArgumentException e) {
                            // lenient: skip rules that do not analyse
                        }
                    }
                    parser.parse(new StringReader(ok.toString()));
                } else {
                    parser.parse(new StringReader(String.join("\n", rules)));
                }
                return parser.build();
            } catch (ParseException e) {
                throw new IllegalArgumentException("failed to build synonyms: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
