/**
 * Formats of the values AWS-specific parameter types take. CloudFormation
 * checks at deploy time that the resource exists; a form can only check the
 * shape, which still catches the usual mistakes (a subnet id in a VPC field, a
 * name where an id is expected) before a request reaches an approver.
 * Source: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-supplied-parameter-types.html
 */
export interface TAwsIdFormat {
  /** Anchored when checked; written here without anchors so it can go into an HTML `pattern`. */
  pattern: string;
  example: string;
  format: string;
}

const hexId = (prefix: string, what: string): TAwsIdFormat => ({
  pattern: `${prefix}-[0-9a-f]{8,17}`,
  example: `${prefix}-0123456789abcdef0`,
  format: `${what} id: '${prefix}-' followed by 8 or 17 hexadecimal digits`,
});

export const AWS_ID_FORMATS: Readonly<Record<string, TAwsIdFormat>> = {
  "AWS::EC2::AvailabilityZone::Name": {
    pattern: "[a-z]{2}(?:-[a-z0-9]+)+",
    example: "us-east-1a",
    format: "Availability Zone name, e.g. us-east-1a",
  },
  "AWS::EC2::Image::Id": hexId("ami", "EC2 image (AMI)"),
  "AWS::EC2::Instance::Id": hexId("i", "EC2 instance"),
  "AWS::EC2::KeyPair::KeyName": {
    pattern: "[\\x20-\\x7E]{1,255}",
    example: "my-key-pair",
    format: "name of an existing EC2 key pair (1 to 255 ASCII characters)",
  },
  "AWS::EC2::SecurityGroup::GroupName": {
    pattern: "[\\x20-\\x7E]{1,255}",
    example: "my-security-group",
    format: "name of an existing security group (1 to 255 ASCII characters)",
  },
  "AWS::EC2::SecurityGroup::Id": hexId("sg", "security group"),
  "AWS::EC2::Subnet::Id": hexId("subnet", "subnet"),
  "AWS::EC2::Volume::Id": hexId("vol", "EBS volume"),
  "AWS::EC2::VPC::Id": hexId("vpc", "VPC"),
  "AWS::Route53::HostedZone::Id": {
    pattern: "Z[A-Z0-9]{1,32}",
    example: "Z23ABC4XYZL05B",
    format: "Route 53 hosted zone id: 'Z' followed by up to 32 upper-case letters and digits",
  },
  "AWS::SSM::Parameter::Name": {
    pattern: "[a-zA-Z0-9_.\\-/]{1,2048}",
    example: "/my-app/config/value",
    format: "name of a Systems Manager parameter, e.g. /my-app/config/value",
  },
};
