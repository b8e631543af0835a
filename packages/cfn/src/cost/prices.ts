/**
 * Bundled price table for cost estimates.
 *
 * Region: us-east-1 (N. Virginia). Currency: USD.
 * Approximate public on-demand list prices as of 2025-01-01, Linux, no
 * Reserved Instances, Savings Plans, free tier or taxes. They are typed in
 * from AWS's public price pages, rounded as published; they drift over time
 * and are only good for an order-of-magnitude preview, never for billing.
 * Update PRICE_DATE with the table.
 */

export const PRICE_DATE = "2025-01-01";
export const PRICE_REGION = "us-east-1";
export const HOURS_PER_MONTH = 730;

/** EC2 on-demand Linux, USD per instance-hour. */
export const EC2_HOURLY: Readonly<Record<string, number>> = {
  "t2.nano": 0.0058,
  "t2.micro": 0.0116,
  "t2.small": 0.023,
  "t2.medium": 0.0464,
  "t2.large": 0.0928,
  "t2.xlarge": 0.1856,
  "t2.2xlarge": 0.3712,
  "t3.nano": 0.0052,
  "t3.micro": 0.0104,
  "t3.small": 0.0208,
  "t3.medium": 0.0416,
  "t3.large": 0.0832,
  "t3.xlarge": 0.1664,
  "t3.2xlarge": 0.3328,
  "t3a.nano": 0.0047,
  "t3a.micro": 0.0094,
  "t3a.small": 0.0188,
  "t3a.medium": 0.0376,
  "t3a.large": 0.0752,
  "t3a.xlarge": 0.1504,
  "t3a.2xlarge": 0.3008,
  "t4g.nano": 0.0042,
  "t4g.micro": 0.0084,
  "t4g.small": 0.0168,
  "t4g.medium": 0.0336,
  "t4g.large": 0.0672,
  "t4g.xlarge": 0.1344,
  "t4g.2xlarge": 0.2688,
  "m5.large": 0.096,
  "m5.xlarge": 0.192,
  "m5.2xlarge": 0.384,
  "m6i.large": 0.096,
  "m6i.xlarge": 0.192,
  "m6i.2xlarge": 0.384,
  "m7g.medium": 0.0408,
  "m7g.large": 0.0816,
  "m7g.xlarge": 0.1632,
  "m7g.2xlarge": 0.3264,
  "c5.large": 0.085,
  "c5.xlarge": 0.17,
  "c5.2xlarge": 0.34,
  "c6i.large": 0.085,
  "c6i.xlarge": 0.17,
  "c6i.2xlarge": 0.34,
  "r5.large": 0.126,
  "r5.xlarge": 0.252,
  "r5.2xlarge": 0.504,
  "r6i.large": 0.126,
  "r6i.xlarge": 0.252,
  "r6i.2xlarge": 0.504,
};

/** EBS, USD per GB-month of provisioned storage. */
export const EBS_GB_MONTH: Readonly<Record<string, number>> = {
  gp2: 0.1,
  gp3: 0.08,
  io1: 0.125,
  io2: 0.125,
  st1: 0.045,
  sc1: 0.015,
  standard: 0.05,
};

/** EBS extras: io1/io2 provisioned IOPS; gp3 IOPS above 3,000 and throughput above 125 MB/s. */
export const EBS_IO1_IOPS_MONTH = 0.065;
export const EBS_GP3_IOPS_MONTH = 0.005;
export const EBS_GP3_MBPS_MONTH = 0.04;

/** RDS single-AZ, USD per instance-hour (MySQL list price; PostgreSQL and MariaDB are within a few percent). Multi-AZ is twice this. */
export const RDS_HOURLY: Readonly<Record<string, number>> = {
  "db.t3.micro": 0.017,
  "db.t3.small": 0.034,
  "db.t3.medium": 0.068,
  "db.t3.large": 0.136,
  "db.t3.xlarge": 0.272,
  "db.t3.2xlarge": 0.544,
  "db.t4g.micro": 0.016,
  "db.t4g.small": 0.032,
  "db.t4g.medium": 0.065,
  "db.t4g.large": 0.129,
  "db.t4g.xlarge": 0.258,
  "db.t4g.2xlarge": 0.517,
  "db.m5.large": 0.171,
  "db.m5.xlarge": 0.342,
  "db.m5.2xlarge": 0.684,
  "db.m5.4xlarge": 1.368,
  "db.r5.large": 0.25,
  "db.r5.xlarge": 0.5,
  "db.r5.2xlarge": 1.0,
  "db.r5.4xlarge": 2.0,
};

/** RDS storage, USD per GB-month, single-AZ (multi-AZ twice). */
export const RDS_STORAGE_GB_MONTH: Readonly<Record<string, number>> = {
  gp2: 0.115,
  gp3: 0.115,
  io1: 0.125,
  standard: 0.1,
};

/** Hourly charges that do not depend on usage (data processed and LCUs come on top and are not estimated). */
export const NAT_GATEWAY_HOURLY = 0.045;
export const ALB_HOURLY = 0.0225;
export const NLB_HOURLY = 0.0225;
export const GWLB_HOURLY = 0.0125;
export const CLB_HOURLY = 0.025;
/** Public IPv4 address, attached or not (since 2024-02-01). */
export const ELASTIC_IP_HOURLY = 0.005;
/** Interface VPC endpoint, per endpoint per Availability Zone (subnet). */
export const VPC_ENDPOINT_AZ_HOURLY = 0.01;

/** DynamoDB provisioned capacity, USD per capacity-unit-hour. */
export const DYNAMODB_WCU_HOURLY = 0.00065;
export const DYNAMODB_RCU_HOURLY = 0.00013;

/** Fargate Linux/x86, USD per vCPU-hour and per GB-hour. */
export const FARGATE_VCPU_HOURLY = 0.04048;
export const FARGATE_GB_HOURLY = 0.004445;

/** Flat monthly fees. */
export const KMS_KEY_MONTH = 1.0;
export const SECRET_MONTH = 0.4;
export const HOSTED_ZONE_MONTH = 0.5;
export const WEB_ACL_MONTH = 5.0;

/** Types billed only by use (requests, GB stored, GB transferred): a template says nothing about their cost. */
export const USAGE_BASED: ReadonlySet<string> = new Set([
  "AWS::Lambda::Function",
  "AWS::Lambda::Permission",
  "AWS::Lambda::Version",
  "AWS::Lambda::Alias",
  "AWS::Lambda::EventSourceMapping",
  "AWS::S3::Bucket",
  "AWS::SQS::Queue",
  "AWS::SNS::Topic",
  "AWS::SNS::Subscription",
  "AWS::ApiGateway::RestApi",
  "AWS::ApiGatewayV2::Api",
  "AWS::CloudFront::Distribution",
  "AWS::Logs::LogGroup",
  "AWS::CloudWatch::Alarm",
  "AWS::Events::Rule",
  "AWS::StepFunctions::StateMachine",
  "AWS::Cognito::UserPool",
  "AWS::Kinesis::Stream",
  "AWS::EFS::FileSystem",
  "AWS::ECR::Repository",
  "AWS::Serverless::Function",
  "AWS::Serverless::Api",
  "AWS::Serverless::SimpleTable",
  "AWS::EC2::FlowLog",
  "AWS::Cognito::UserPoolDomain",
  "AWS::Cognito::IdentityPool",
]);

/** Types that cost nothing by themselves (what flows through them may). */
export const NO_CHARGE: ReadonlySet<string> = new Set([
  "AWS::EC2::VPC",
  "AWS::EC2::Subnet",
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::SecurityGroupIngress",
  "AWS::EC2::SecurityGroupEgress",
  "AWS::EC2::InternetGateway",
  "AWS::EC2::VPCGatewayAttachment",
  "AWS::EC2::RouteTable",
  "AWS::EC2::Route",
  "AWS::EC2::SubnetRouteTableAssociation",
  "AWS::EC2::NetworkAcl",
  "AWS::EC2::NetworkAclEntry",
  "AWS::EC2::SubnetNetworkAclAssociation",
  "AWS::EC2::EIPAssociation",
  "AWS::EC2::LaunchTemplate",
  "AWS::EC2::KeyPair",
  "AWS::EC2::VPCPeeringConnection",
  "AWS::AutoScaling::LaunchConfiguration",
  "AWS::AutoScaling::ScalingPolicy",
  "AWS::AutoScaling::ScheduledAction",
  "AWS::AutoScaling::LifecycleHook",
  "AWS::ElasticLoadBalancingV2::TargetGroup",
  "AWS::ElasticLoadBalancingV2::Listener",
  "AWS::ElasticLoadBalancingV2::ListenerRule",
  "AWS::IAM::Role",
  "AWS::IAM::Policy",
  "AWS::IAM::ManagedPolicy",
  "AWS::IAM::RolePolicy",
  "AWS::IAM::InstanceProfile",
  "AWS::IAM::User",
  "AWS::IAM::Group",
  "AWS::RDS::DBSubnetGroup",
  "AWS::RDS::DBParameterGroup",
  "AWS::RDS::DBClusterParameterGroup",
  "AWS::ECS::Cluster",
  "AWS::ECS::TaskDefinition",
  "AWS::S3::BucketPolicy",
  "AWS::SQS::QueuePolicy",
  "AWS::SNS::TopicPolicy",
  "AWS::CloudFormation::WaitCondition",
  "AWS::CloudFormation::WaitConditionHandle",
  "AWS::CloudFormation::Stack",
  "AWS::ServiceCatalog::Portfolio",
  "AWS::ServiceCatalog::PortfolioProductAssociation",
  "AWS::ServiceCatalog::PortfolioPrincipalAssociation",
  "AWS::ServiceCatalog::CloudFormationProduct",
  "AWS::ServiceCatalog::LaunchRoleConstraint",
  "AWS::ApplicationAutoScaling::ScalableTarget",
  "AWS::ApplicationAutoScaling::ScalingPolicy",
  "AWS::ApiGateway::Resource",
  "AWS::ApiGateway::Method",
  "AWS::ApiGateway::Deployment",
  "AWS::ApiGateway::Stage",
  "AWS::ApiGateway::Authorizer",
  "AWS::CloudFront::OriginAccessControl",
  "AWS::Cognito::UserPoolClient",
  "AWS::ServiceCatalog::TagOption",
  "AWS::ServiceCatalog::TagOptionAssociation",
  "AWS::Lambda::LayerVersion",
]);
