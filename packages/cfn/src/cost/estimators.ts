/**
 * One pricing rule per resource type. Each returns a monthly amount with the
 * basis it was computed on, or the reason it could not be, so the order page
 * can show exactly what was assumed.
 */
import type { TJson, TJsonObject } from "../model.ts";
import { isObject, own } from "../graph/references.ts";
import * as P from "./prices.ts";
import {
  referencedResource,
  resolveBoolean,
  resolveNumber,
  resolveString,
  type TResolveEnv,
} from "./resolve.ts";

export type TEstimate = { monthly: number; basis: string } | { reason: string };

type TEstimator = (props: TJsonObject, env: TResolveEnv) => TEstimate;

const H = P.HOURS_PER_MONTH;

function money(n: number): string {
  return `$${n.toFixed(n < 0.001 ? 5 : n < 1 ? 4 : 2)}`;
}

function hourly(rate: number, what: string): TEstimate {
  return { monthly: rate * H, basis: `${what}: ${money(rate)}/hour x ${H} hours` };
}

function unresolved(what: string): TEstimate {
  return { reason: `${what} is not known until deploy time (no value or default given)` };
}

function ebsMonthly(
  sizeGb: number,
  type: string,
  iops: number | undefined,
  throughput: number | undefined,
): { monthly: number; basis: string } | undefined {
  const perGb = own(P.EBS_GB_MONTH, type);
  if (perGb === undefined) return undefined;
  let monthly = sizeGb * perGb;
  let basis = `${sizeGb} GB ${type} x ${money(perGb)}/GB-month`;
  if ((type === "io1" || type === "io2") && iops) {
    monthly += iops * P.EBS_IO1_IOPS_MONTH;
    basis += ` + ${iops} IOPS x ${money(P.EBS_IO1_IOPS_MONTH)}`;
  }
  if (type === "gp3" && iops && iops > 3000) {
    monthly += (iops - 3000) * P.EBS_GP3_IOPS_MONTH;
    basis += ` + ${iops - 3000} IOPS above 3000`;
  }
  if (type === "gp3" && throughput && throughput > 125) {
    monthly += (throughput - 125) * P.EBS_GP3_MBPS_MONTH;
    basis += ` + ${throughput - 125} MB/s above 125`;
  }
  return { monthly, basis };
}

function instanceCost(type: string | undefined, count: number, what: string): TEstimate {
  if (type === undefined) return unresolved(`${what} instance type`);
  const rate = own(P.EC2_HOURLY, type);
  if (rate === undefined) return { reason: `no price for instance type '${type}' in the bundled table` };
  return { monthly: rate * H * count, basis: `${count} x ${type}: ${money(rate)}/hour x ${H} hours` };
}

/** Explicit EBS volumes in BlockDeviceMappings; the AMI's own root volume is not counted. */
function blockDevices(mappings: TJson | undefined, env: TResolveEnv): { monthly: number; basis: string[] } {
  let monthly = 0;
  const basis: string[] = [];
  if (!Array.isArray(mappings)) return { monthly, basis };
  for (const m of mappings) {
    const ebs = isObject(m) && isObject(m.Ebs) ? m.Ebs : undefined;
    const size = ebs ? resolveNumber(ebs.VolumeSize, env) : undefined;
    if (!ebs || size === undefined) continue;
    const cost = ebsMonthly(
      size,
      resolveString(ebs.VolumeType, env) ?? "gp2",
      resolveNumber(ebs.Iops, env),
      resolveNumber(ebs.Throughput, env),
    );
    if (cost) {
      monthly += cost.monthly;
      basis.push(cost.basis);
    }
  }
  return { monthly, basis };
}

const ec2Instance: TEstimator = (props, env) => {
  const type =
    resolveString(props.InstanceType, env) ?? launchTemplateInstanceType(props.LaunchTemplate, env);
  const base = instanceCost(type, 1, "EC2");
  if (!("monthly" in base)) return base;
  const disks = blockDevices(props.BlockDeviceMappings, env);
  const disksNote = disks.basis.length
    ? ` + EBS ${disks.basis.join(", ")}`
    : " (AMI root volume not included)";
  return { monthly: base.monthly + disks.monthly, basis: base.basis + disksNote };
};

const ebsVolume: TEstimator = (props, env) => {
  const size = resolveNumber(props.Size, env);
  if (size === undefined)
    return props.SnapshotId ? { reason: "size comes from the snapshot" } : unresolved("Volume size");
  const type = resolveString(props.VolumeType, env) ?? "gp2";
  const cost = ebsMonthly(size, type, resolveNumber(props.Iops, env), resolveNumber(props.Throughput, env));
  return cost ?? { reason: `no price for volume type '${type}' in the bundled table` };
};

const rdsInstance: TEstimator = (props, env) => {
  const engine = resolveString(props.Engine, env) ?? "";
  if (engine.startsWith("aurora"))
    return { reason: "Aurora instances are billed at Aurora prices, which are not in the bundled table" };
  const cls = resolveString(props.DBInstanceClass, env);
  if (cls === undefined) return unresolved("DB instance class");
  const rate = own(P.RDS_HOURLY, cls);
  if (rate === undefined) return { reason: `no price for DB instance class '${cls}' in the bundled table` };
  const multiAz = resolveBoolean(props.MultiAZ, env);
  const factor = multiAz ? 2 : 1;
  let monthly = rate * H * factor;
  let basis = `${cls}${multiAz ? " Multi-AZ" : " Single-AZ"}: ${money(rate * factor)}/hour x ${H} hours`;
  if (multiAz === undefined && props.MultiAZ !== undefined)
    basis += " (Multi-AZ not known: priced Single-AZ)";
  const storage = resolveNumber(props.AllocatedStorage, env);
  const storageType = resolveString(props.StorageType, env) ?? "gp2";
  const perGb = own(P.RDS_STORAGE_GB_MONTH, storageType);
  if (storage !== undefined && perGb !== undefined) {
    monthly += storage * perGb * factor;
    basis += ` + ${storage} GB ${storageType} x ${money(perGb * factor)}/GB-month`;
  } else {
    basis += " (storage not included)";
  }
  return { monthly, basis };
};

const loadBalancerV2: TEstimator = (props, env) => {
  const type = resolveString(props.Type, env) ?? "application";
  const rate = type === "network" ? P.NLB_HOURLY : type === "gateway" ? P.GWLB_HOURLY : P.ALB_HOURLY;
  return hourly(rate, `${type} load balancer hours (capacity units not included)`);
};

const dynamoTable: TEstimator = (props, env) => {
  if (resolveString(props.BillingMode, env) === "PAY_PER_REQUEST")
    return { reason: "usage-based: on-demand capacity, not estimated" };
  let rcu = 0;
  let wcu = 0;
  const add = (t: TJson | undefined): boolean => {
    if (!isObject(t)) return false;
    const r = resolveNumber(t.ReadCapacityUnits, env);
    const w = resolveNumber(t.WriteCapacityUnits, env);
    if (r === undefined || w === undefined) return false;
    rcu += r;
    wcu += w;
    return true;
  };
  if (!add(props.ProvisionedThroughput)) return unresolved("Provisioned throughput");
  for (const gsi of Array.isArray(props.GlobalSecondaryIndexes) ? props.GlobalSecondaryIndexes : []) {
    if (isObject(gsi)) add(gsi.ProvisionedThroughput);
  }
  const monthly = (rcu * P.DYNAMODB_RCU_HOURLY + wcu * P.DYNAMODB_WCU_HOURLY) * H;
  return {
    monthly,
    basis: `${rcu} RCU x ${money(P.DYNAMODB_RCU_HOURLY)} + ${wcu} WCU x ${money(P.DYNAMODB_WCU_HOURLY)} per hour x ${H} hours (storage not included)`,
  };
};

/** Instance type of an Auto Scaling group, through its launch configuration or launch template in this template. */
function groupInstanceType(props: TJsonObject, env: TResolveEnv): string | undefined {
  const lc = referencedResource(props.LaunchConfigurationName, env);
  if (lc && isObject(lc.Properties)) return resolveString(lc.Properties.InstanceType, env);
  return launchTemplateInstanceType(props.LaunchTemplate, env);
}

/** Instance type set by a launch template of this template that `LaunchTemplate: { LaunchTemplateId: !Ref X }` points to. */
function launchTemplateInstanceType(specification: TJson | undefined, env: TResolveEnv): string | undefined {
  const spec = isObject(specification) ? specification : undefined;
  const lt = spec ? referencedResource(spec.LaunchTemplateId ?? spec.LaunchTemplateName, env) : undefined;
  const data =
    lt && isObject(lt.Properties) && isObject(lt.Properties.LaunchTemplateData)
      ? lt.Properties.LaunchTemplateData
      : undefined;
  return data ? resolveString(data.InstanceType, env) : undefined;
}

const autoScalingGroup: TEstimator = (props, env) => {
  if (props.MixedInstancesPolicy !== undefined)
    return { reason: "mixed instances policy: instance mix not known" };
  const count = resolveNumber(props.DesiredCapacity, env) ?? resolveNumber(props.MinSize, env);
  if (count === undefined) return unresolved("Group size");
  const est = instanceCost(groupInstanceType(props, env), count, "Auto Scaling group");
  return "monthly" in est
    ? { ...est, basis: `${est.basis} (desired/minimum size; scaling changes this)` }
    : est;
};

/** Fargate task size: CPU units ("256" or "0.25 vCPU") and memory ("512" MiB or "0.5 GB"). */
function taskSize(td: TJsonObject | undefined, env: TResolveEnv): { vcpu: number; gb: number } | undefined {
  const props = td && isObject(td.Properties) ? td.Properties : undefined;
  if (!props) return undefined;
  const cpu = resolveString(props.Cpu, env);
  const mem = resolveString(props.Memory, env);
  if (cpu === undefined || mem === undefined) return undefined;
  const vcpu = /vcpu/i.test(cpu) ? parseFloat(cpu) : Number(cpu) / 1024;
  const gb = /gb/i.test(mem) ? parseFloat(mem) : Number(mem) / 1024;
  return Number.isFinite(vcpu) && Number.isFinite(gb) ? { vcpu, gb } : undefined;
}

const ecsService: TEstimator = (props, env) => {
  const launch = resolveString(props.LaunchType, env);
  if (launch !== "FARGATE")
    return { reason: "tasks run on cluster instances or capacity providers priced elsewhere" };
  const count = resolveNumber(props.DesiredCount, env) ?? 1;
  const size = taskSize(referencedResource(props.TaskDefinition, env), env);
  if (!size) return unresolved("Task CPU and memory");
  const rate = size.vcpu * P.FARGATE_VCPU_HOURLY + size.gb * P.FARGATE_GB_HOURLY;
  return {
    monthly: rate * H * count,
    basis: `${count} Fargate task(s) of ${size.vcpu} vCPU / ${size.gb} GB: ${money(rate)}/hour x ${H} hours`,
  };
};

const vpcEndpoint: TEstimator = (props, env) => {
  const type = resolveString(props.VpcEndpointType, env) ?? "Gateway";
  if (type === "Gateway") return { monthly: 0, basis: "Gateway endpoint: no charge" };
  const azs = Array.isArray(props.SubnetIds) ? props.SubnetIds.length : 1;
  return hourly(
    P.VPC_ENDPOINT_AZ_HOURLY * azs,
    `${type} endpoint in ${azs} AZ(s), data processed not included`,
  );
};

const flat =
  (amount: number, what: string): TEstimator =>
  () => ({ monthly: amount, basis: `${what}: ${money(amount)}/month` });

export const ESTIMATORS: Readonly<Record<string, TEstimator>> = {
  "AWS::EC2::Instance": ec2Instance,
  "AWS::EC2::Volume": ebsVolume,
  "AWS::EC2::EIP": () => hourly(P.ELASTIC_IP_HOURLY, "Public IPv4 address"),
  "AWS::EC2::NatGateway": () =>
    hourly(P.NAT_GATEWAY_HOURLY, "NAT gateway hours (data processed not included)"),
  "AWS::EC2::VPCEndpoint": vpcEndpoint,
  "AWS::ElasticLoadBalancingV2::LoadBalancer": loadBalancerV2,
  "AWS::ElasticLoadBalancing::LoadBalancer": () =>
    hourly(P.CLB_HOURLY, "Classic load balancer hours (data processed not included)"),
  "AWS::RDS::DBInstance": rdsInstance,
  "AWS::DynamoDB::Table": dynamoTable,
  "AWS::AutoScaling::AutoScalingGroup": autoScalingGroup,
  "AWS::ECS::Service": ecsService,
  "AWS::KMS::Key": flat(P.KMS_KEY_MONTH, "KMS key"),
  "AWS::SecretsManager::Secret": flat(P.SECRET_MONTH, "Secret"),
  "AWS::Route53::HostedZone": flat(P.HOSTED_ZONE_MONTH, "Hosted zone"),
  "AWS::WAFv2::WebACL": flat(P.WEB_ACL_MONTH, "Web ACL (rules and requests not included)"),
};
