// Adds diagram layout (BPMN DI) to a BPMN file written as XML without one, in place:
//   node layout.mjs ../../../processes/SomeProcess.bpmn
// Used when a process is first drafted as text; after that, Camunda Modeler owns the layout.
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

for (const file of process.argv.slice(2)) {
  const laidOut = await layoutProcess(readFileSync(file, 'utf8'));
  writeFileSync(file, laidOut);
  console.log(`laid out ${file}`);
}
