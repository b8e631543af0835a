/** Cost estimates are pinned to the bundled price table (its date is asserted so a table update shows up here). */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COST_DISCLAIMER, estimateMonthlyCost, PRICE_DATE } from "../../src/cost/index.ts";
import type { TJsonObject } from "../../src/model.ts";
import { templateFromBody } from "../../src/template.ts";
import { loadTemplate, OWN_FIXTURES } from "./helpers.ts";

const est = (body: TJsonObject, values?: Record<string, string>) =>
  estimateMonthlyCost(templateFromBody(body), values);

describe("estimateMonthlyCost", () => {
  it("states currency, region, price date and that it is an estimate", () => {
    const e = est({ Resources: {} });
    expect(e).toMatchObject({
      currency: "USD",
      region: "us-east-1",
      priceDate: "2025-01-01",
      totalMonthly: 0,
    });
    expect(PRICE_DATE).toBe("2025-01-01");
    expect(e.disclaimer).toBe(COST_DISCLAIMER);
    expect(e.disclaimer).toMatch(/^Estimate/);
  });

  it("prices an instance from a parameter default, and from a given value", () => {
    const body: TJsonObject = {
      Parameters: { Size: { Type: "String", Default: "t3.micro" } },
      Resources: {
        Web: { Type: "AWS::EC2::Instance", Properties: { InstanceType: { Ref: "Size" }, ImageId: "ami-1" } },
      },
    };
    expect(est(body).items[0]).toMatchObject({ resource: "Web", monthly: 7.59 });
    expect(est(body, { Size: "m5.large" }).totalMonthly).toBe(70.08);
  });

  it("adds explicit EBS volumes to the instance", () => {
    const e = est({
      Resources: {
        Web: {
          Type: "AWS::EC2::Instance",
          Properties: {
            InstanceType: "t3.micro",
            BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { VolumeSize: 100, VolumeType: "gp3" } }],
          },
        },
      },
    });
    expect(e.totalMonthly).toBe(15.59);
  });

  it("prices RDS single- and multi-AZ with storage", () => {
    const db = (multi: boolean): TJsonObject => ({
      Resources: {
        Db: {
          Type: "AWS::RDS::DBInstance",
          Properties: {
            DBInstanceClass: "db.t3.micro",
            Engine: "mysql",
            MultiAZ: multi,
            AllocatedStorage: "20",
          },
        },
      },
    });
    expect(est(db(false)).totalMonthly).toBe(14.71);
    expect(est(db(true)).totalMonthly).toBe(29.42);
  });

  it("prices hourly network resources and provisioned DynamoDB", () => {
    const e = est({
      Resources: {
        Ip: { Type: "AWS::EC2::EIP" },
        Nat: { Type: "AWS::EC2::NatGateway", Properties: { SubnetId: "s", AllocationId: "a" } },
        Alb: { Type: "AWS::ElasticLoadBalancingV2::LoadBalancer" },
        Nlb: { Type: "AWS::ElasticLoadBalancingV2::LoadBalancer", Properties: { Type: "network" } },
        Clb: { Type: "AWS::ElasticLoadBalancing::LoadBalancer" },
        T: {
          Type: "AWS::DynamoDB::Table",
          Properties: { ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 10 } },
        },
      },
    });
    expect(e.items.map((i) => [i.resource, i.monthly])).toEqual([
      ["Ip", 3.65],
      ["Nat", 32.85],
      ["Alb", 16.43],
      ["Nlb", 16.43],
      ["Clb", 18.25],
      ["T", 5.69],
    ]);
    expect(e.totalMonthly).toBe(93.3);
  });

  it("lists usage-based, custom, unknown and unresolvable resources as not estimated", () => {
    const e = est({
      Parameters: { Size: { Type: "String" } },
      Resources: {
        Fn: { Type: "AWS::Lambda::Function" },
        Bucket: { Type: "AWS::S3::Bucket" },
        C: { Type: "Custom::X" },
        G: { Type: "AWS::GameLift::Fleet" },
        Web: { Type: "AWS::EC2::Instance", Properties: { InstanceType: { Ref: "Size" } } },
        Big: { Type: "AWS::EC2::Instance", Properties: { InstanceType: "p5.48xlarge" } },
        Od: { Type: "AWS::DynamoDB::Table", Properties: { BillingMode: "PAY_PER_REQUEST" } },
      },
    });
    expect(e.items).toEqual([]);
    expect(e.notEstimated.map((n) => [n.resource, n.reason.split(":")[0]])).toEqual([
      ["Fn", "usage-based"],
      ["Bucket", "usage-based"],
      ["C", "custom resource"],
      ["G", "no price for this resource type in the bundled table"],
      ["Web", "EC2 instance type is not known until deploy time (no value or default given)"],
      ["Big", "no price for instance type 'p5.48xlarge' in the bundled table"],
      ["Od", "usage-based"],
    ]);
    expect(e.notEstimated.map((n) => n.kind)).toEqual([
      "usage-based",
      "usage-based",
      "unpriced",
      "unpriced",
      "unpriced",
      "unpriced",
      "usage-based",
    ]);
    expect(e.complete).toBe(false);
  });

  it("is complete when only usage-based or absent resources go unpriced", () => {
    const e = est({
      Conditions: { Never: { "Fn::Equals": ["a", "b"] } },
      Resources: {
        Bucket: { Type: "AWS::S3::Bucket" },
        Skipped: { Type: "Custom::X", Condition: "Never" },
        Web: { Type: "AWS::EC2::Instance", Properties: { InstanceType: "t3.micro", ImageId: "ami-1" } },
      },
    });
    expect(e.notEstimated.map((n) => [n.resource, n.kind])).toEqual([
      ["Bucket", "usage-based"],
      ["Skipped", "not-created"],
    ]);
    expect(e.complete).toBe(true);
    expect(e.totalMonthly).toBeGreaterThan(0);
  });

  it("follows conditions, mappings and Auto Scaling launch templates", () => {
    const body: TJsonObject = {
      Parameters: { Env: { Type: "String", Default: "dev" } },
      Mappings: { Sizes: { dev: { Type: "t3.nano", Count: 2 }, prod: { Type: "m5.large", Count: 4 } } },
      Conditions: { IsProd: { "Fn::Equals": [{ Ref: "Env" }, "prod"] } },
      Resources: {
        Lt: {
          Type: "AWS::EC2::LaunchTemplate",
          Properties: {
            LaunchTemplateData: { InstanceType: { "Fn::FindInMap": ["Sizes", { Ref: "Env" }, "Type"] } },
          },
        },
        Group: {
          Type: "AWS::AutoScaling::AutoScalingGroup",
          Properties: {
            MinSize: "1",
            MaxSize: "8",
            DesiredCapacity: { "Fn::FindInMap": ["Sizes", { Ref: "Env" }, "Count"] },
            LaunchTemplate: { LaunchTemplateId: { Ref: "Lt" }, Version: "1" },
          },
        },
        Nat: { Type: "AWS::EC2::NatGateway", Condition: "IsProd" },
      },
    };
    const dev = est(body);
    expect(dev.items.find((i) => i.resource === "Group")?.monthly).toBe(7.59);
    expect(dev.notEstimated.map((n) => n.resource)).toEqual(["Nat"]);
    const prod = est(body, { Env: "prod" });
    expect(prod.items.find((i) => i.resource === "Group")?.monthly).toBe(280.32);
    expect(prod.totalMonthly).toBe(313.17);
  });

  it("estimates the web stack fixture", () => {
    const e = estimateMonthlyCost(loadTemplate(join(OWN_FIXTURES, "clean", "web-stack.yaml")), {
      Environment: "prod",
    });
    expect(e.items.filter((i) => i.monthly > 0).map((i) => [i.resource, i.monthly])).toEqual([
      ["NatIp", 3.65],
      ["Nat", 32.85],
      ["LoadBalancer", 16.43],
      ["Web", 9.99],
      ["Database", 29.42],
    ]);
    expect(e.totalMonthly).toBe(92.34);
  });
});

describe("instances launched from a launch template", () => {
  it("take the instance type from the template when the instance does not set one", () => {
    const e = est({
      Resources: {
        Lt: {
          Type: "AWS::EC2::LaunchTemplate",
          Properties: { LaunchTemplateData: { InstanceType: "t3.small" } },
        },
        Web: {
          Type: "AWS::EC2::Instance",
          Properties: { LaunchTemplate: { LaunchTemplateId: { Ref: "Lt" }, Version: "1" } },
        },
      },
    });
    expect(e.items.find((i) => i.resource === "Web")?.monthly).toBe(15.18);
  });
});
