package io.leansuccess.engine;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.stereotype.Component;

/**
 * Our components that belong to the REST API wherever their feature package is: resources
 * ({@code @Path}) and providers ({@code @Provider}). The API's auto-configuration takes them, the
 * engine's leaves them, so a host that switches the API off gets none of them.
 */
public class JaxRsComponents implements TypeFilter {

  @Override
  public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
    AnnotationMetadata type = reader.getAnnotationMetadata();
    return type.hasMetaAnnotation(Component.class.getName())
            || type.hasAnnotation(Component.class.getName())
        ? type.hasAnnotation(Path.class.getName()) || type.hasAnnotation(Provider.class.getName())
        : false;
  }
}
