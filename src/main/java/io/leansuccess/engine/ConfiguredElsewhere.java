package io.leansuccess.engine;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;

/**
 * Classes no component scan of ours takes: the app's own class, the auto-configurations (each
 * listed in {@code AutoConfiguration.imports}, so a host can exclude it) and the actuator's
 * configurations, which its own context picks up.
 */
public class ConfiguredElsewhere implements TypeFilter {

  @Override
  public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
    AnnotationMetadata type = reader.getAnnotationMetadata();
    return type.hasAnnotation(SpringBootConfiguration.class.getName())
        || type.hasMetaAnnotation(SpringBootConfiguration.class.getName())
        || type.hasAnnotation(AutoConfiguration.class.getName())
        || type.hasAnnotation(ManagementContextConfiguration.class.getName());
  }
}
