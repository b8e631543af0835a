/**
 * A generated template of `resources` SQS queues (about 1 MB at 12,000), the
 * shape bench/cfn measures: half with a `!Sub` name, a quarter with a
 * `!GetAtt` dead-letter reference to the next queue. For tests and benchmarks.
 */
export function largeTemplate(resources: number): string {
  const lines = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    "Parameters:",
    "  Env: {Type: String, Default: dev}",
    "Resources:",
  ];
  for (let i = 0; i < resources; i++) {
    lines.push(`  Q${i}:`, "    Type: AWS::SQS::Queue");
    if (i % 2 === 0) lines.push("    Properties:", `      QueueName: !Sub "\${Env}-${i}"`);
    if (i % 4 === 0)
      lines.push(`      RedrivePolicy: {deadLetterTargetArn: !GetAtt Q${i + 1}.Arn, maxReceiveCount: 5}`);
  }
  return `${lines.join("\n")}\n`;
}
