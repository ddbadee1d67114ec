package org.elasticsearch.node;

import org.elasticsearch.bootstrap.BootstrapCheck;
import org.elasticsearch.bootstrap.BootstrapContext;
import org.elasticsearch.common.transport.BoundTransportAddress;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.Collection;
import java.util.List;

/**
 * Development/test only: a {@link Node} whose plugins are {@link Plugin} classes on the class path.
 * It must live in {@code org.elasticsearch.node} to call the package-private
 * {@code NodeConstruction.prepareConstruction} and to subclass {@code NodeServiceProvider}.
 */
public class ClasspathNode extends Node {

    public ClasspathNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(environment, null, new ClasspathServiceProvider(plugins), true));
    }

    /** Bootstrap checks are meant for production nodes; this one only ever binds to loopback. */
    @Override
    protected void validateNodeBeforeAcceptingRequests(
        BootstrapContext context,
        BoundTransportAddress boundTransportAddress,
        List<BootstrapCheck> bootstrapChecks
    ) {}

    private static final class ClasspathServiceProvider extends NodeServiceProvider {
        private final Collection<Class<? extends Plugin>> plugins;

        ClasspathServiceProvider(Collection<Class<? extends Plugin>> plugins) {
            this.plugins = List.copyOf(plugins);
        }

        @Override
        PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
            return new ClasspathPluginsService(environment.settings(), environment, plugins);
        }
    }
}
