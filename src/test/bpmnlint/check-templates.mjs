// Validates every element template in processes/.camunda/element-templates against the Camunda 7
// element template JSON schema, as Camunda Modeler does when it loads them. Exits 1 on an error.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '@bpmn-io/element-templates-validator';

const folder = '../../../processes/.camunda/element-templates';
let failed = false;
for (const file of readdirSync(folder).filter(name => name.endsWith('.json'))) {
  const templates = [].concat(JSON.parse(readFileSync(join(folder, file), 'utf8')));
  for (const template of templates) {
    const { valid, errors } = validate(template);
    if (!valid) {
      failed = true;
      for (const error of errors) {
        console.error(`${file} ${template.id}: ${error.dataPath || '/'} ${error.message}`);
      }
    }
  }
  console.log(`${file}: ${templates.length} templates checked`);
}
process.exit(failed ? 1 : 0);
