package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Development/test only: a {@link PluginsService} that instantiates {@link Plugin} classes found on the class path
 * instead of reading plugin bundles from {@code <home>/plugins} and {@code <home>/modules}.
 * It must live in {@code org.elasticsearch.plugins} to reach the package-private {@code loadPlugin},
 * {@code LoadedPlugin} and {@code createExtension}.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Settings settings, Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configDir(), PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false));
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin plugin = loadPlugin(pluginClass, settings, environment.configDir());
            PluginDescriptor descriptor = new PluginDescriptor(
                pluginClass.getName(),
                "classpath plugin",
                "NA",
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false,
                PluginDescriptor.DeploymentTarget.ALL
            );
            loaded.add(new LoadedPlugin(descriptor, plugin, ClasspathPluginsService.class.getClassLoader()));
        }
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
    }

    @Override
    protected final List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(classpathPlugins.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(), List.of());
    }

    /**
     * Everything shares one class loader, so the default implementation would find every META-INF/services entry once
     * per plugin. Load each implementation exactly once, binding it to the plugin its constructor asks for (if any).
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        if (classpathPlugins.isEmpty()) {
            return List.of();
        }
        Map<Class<?>, T> result = new LinkedHashMap<>();
        SPIClassIterator<T> it = SPIClassIterator.get(service, ClasspathPluginsService.class.getClassLoader());
        while (it.hasNext()) {
            Class<? extends T> extensionClass = it.next();
            if (result.containsKey(extensionClass)) {
                continue;
            }
            Plugin owner = classpathPlugins.get(0).instance();
            for (Constructor<?> c : extensionClass.getConstructors()) {
                if (c.getParameterCount() == 1) {
                    for (LoadedPlugin lp : classpathPlugins) {
                        if (c.getParameterTypes()[0].isAssignableFrom(lp.instance().getClass())) {
                            owner = lp.instance();
                        }
                    }
                }
            }
            result.put(extensionClass, createExtension(extensionClass, service, owner));
        }
        return List.copyOf(result.values());
    }
}
