package cn.sz.dataexchange.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.AuthorizationMatrix;
import cn.sz.dataexchange.api.support.IntegrationTest;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/** Every API route of the service appears in some area's authorization matrix. */
class RouteCoverageTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_api_route_has_a_row_in_an_authorization_matrix() throws Exception {
        Set<String> covered = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuthorizationMatrix.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("cn.sz.dataexchange.api")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object matrix = constructor.newInstance();
            Method rows = AuthorizationMatrix.class.getDeclaredMethod("rows");
            rows.setAccessible(true);
            for (Object row : (List<?>) rows.invoke(matrix)) {
                AuthorizationMatrix.Row r = (AuthorizationMatrix.Row) row;
                covered.add(r.method() + " " + r.route());
            }
        }
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns()
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> routes.add(method + " " + pattern.getPatternString()))));
        routes.removeIf(r -> !r.contains("/api/") && !r.contains("/.well-known/"));
        assertThat(routes).isNotEmpty();
        assertThat(covered).containsAll(routes);
    }
}
