/** A CloudFormation stack ARN, split: arn:<partition>:cloudformation:<region>:<account>:stack/<name>/<id>. */
export interface TStackArn {
  partition: string;
  region: string;
  account: string;
  stackName: string;
  stackId: string;
}

const STACK_ARN =
  /^arn:(aws(?:-[a-z]+)*):cloudformation:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):stack\/([A-Za-z][A-Za-z0-9-]{0,127})\/([A-Za-z0-9-]{1,64})$/;

/** The rule a stack ARN must follow, as field errors say it. */
export const STACK_ARN_RULE =
  "must be a CloudFormation stack ARN: arn:aws:cloudformation:<region>:<12-digit account>:stack/<stack name>/<stack id>";

export function parseStackArn(arn: string): TStackArn | null {
  const match = STACK_ARN.exec(arn);
  if (!match) return null;
  const [, partition, region, account, stackName, stackId] = match;
  return {
    partition: partition!,
    region: region!,
    account: account!,
    stackName: stackName!,
    stackId: stackId!,
  };
}
