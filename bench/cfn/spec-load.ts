/** Child-process probe: how long the first loadSpec() takes in a fresh process. Prints milliseconds. */
import { loadSpec } from "@stackvend/cfn";

const start = performance.now();
const spec = loadSpec();
spec.resource("AWS::EC2::Instance");
process.stdout.write(`${(performance.now() - start).toFixed(1)}\n`);
