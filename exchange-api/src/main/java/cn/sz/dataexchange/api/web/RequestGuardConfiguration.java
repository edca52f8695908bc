package cn.sz.dataexchange.api.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;

/** The request guard with the body limits the areas declare; every other route takes JSON-sized bodies. */
@Configuration(proxyBeanMethods = false)
public class RequestGuardConfiguration {

    @Bean
    RequestGuard requestGuard(List<BodyLimit> limits, ProblemWriter problems,
                              @Value("${spring.codec.max-in-memory-size:256KB}") DataSize jsonLimit) {
        long json = jsonLimit.toBytes();
        return new RequestGuard((method, path) -> {
            PathContainer container = PathContainer.parsePath(path);
            for (BodyLimit limit : limits) {
                if (limit.method().equals(method) && limit.pattern().matches(container)) {
                    return limit.maxBytes();
                }
            }
            return json;
        }, problems);
    }
}
